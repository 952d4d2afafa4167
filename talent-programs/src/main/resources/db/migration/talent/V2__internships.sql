-- Internships: positions at host companies (partners with the INTERNSHIP_HOST role) in an intake
-- (a cohort of the internship programme), and placements of NTU students in them.
ALTER TABLE tal_cohort ADD COLUMN placement_target INT NULL;

CREATE TABLE tal_position (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  cohort_id       BIGINT       NOT NULL,
  host_partner_id BIGINT       NOT NULL,
  title           VARCHAR(200) NOT NULL,
  field           VARCHAR(32)  NOT NULL,
  starts_on       DATE         NOT NULL,
  ends_on         DATE         NOT NULL,
  places          INT          NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT fk_tal_position_cohort FOREIGN KEY (cohort_id) REFERENCES tal_cohort (id)
) ${table_options};

CREATE INDEX ix_tal_position_cohort ON tal_position (cohort_id, host_partner_id);
CREATE INDEX ix_tal_position_host ON tal_position (host_partner_id);

CREATE TABLE tal_placement (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  position_id    BIGINT        NOT NULL,
  participant_id BIGINT        NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  applied_at     DATETIME(6)   NOT NULL,
  changed_at     DATETIME(6)   NOT NULL,
  mid_rating     INT           NULL,
  mid_comment    VARCHAR(2000) NULL,
  final_rating   INT           NULL,
  final_comment  VARCHAR(2000) NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT uk_tal_placement_position_participant UNIQUE (position_id, participant_id),
  CONSTRAINT fk_tal_placement_position FOREIGN KEY (position_id) REFERENCES tal_position (id),
  CONSTRAINT fk_tal_placement_participant FOREIGN KEY (participant_id) REFERENCES tal_participant (id)
) ${table_options};

CREATE INDEX ix_tal_placement_position_status ON tal_placement (position_id, status);
CREATE INDEX ix_tal_placement_participant ON tal_placement (participant_id);
