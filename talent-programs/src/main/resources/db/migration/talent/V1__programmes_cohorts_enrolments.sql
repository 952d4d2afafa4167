-- The talent-programmes module owns the tal_ tables. Partners are referred to by id only.
CREATE TABLE tal_programme (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                   VARCHAR(32)   NOT NULL,
  kind                   VARCHAR(32)   NOT NULL,
  title_en               VARCHAR(300)  NOT NULL,
  title_zh               VARCHAR(300)  NULL,
  description_en         VARCHAR(4000) NULL,
  description_zh         VARCHAR(4000) NULL,
  eligibility            VARCHAR(32)   NOT NULL,
  min_attendance_percent INT           NOT NULL,
  assessment_required    BOOLEAN       NOT NULL,
  created_at             DATETIME(6)   NOT NULL,
  version                BIGINT        NOT NULL,
  CONSTRAINT uk_tal_programme_code UNIQUE (code)
) ${table_options};

CREATE TABLE tal_programme_owner (
  programme_id BIGINT NOT NULL,
  partner_id   BIGINT NOT NULL,
  PRIMARY KEY (programme_id, partner_id),
  CONSTRAINT fk_tal_programme_owner_programme FOREIGN KEY (programme_id) REFERENCES tal_programme (id)
) ${table_options};

CREATE INDEX ix_tal_programme_owner_partner ON tal_programme_owner (partner_id);

CREATE TABLE tal_cohort (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  programme_id       BIGINT        NOT NULL,
  name               VARCHAR(200)  NOT NULL,
  starts_on          DATE          NOT NULL,
  ends_on            DATE          NOT NULL,
  applications_open  DATE          NOT NULL,
  applications_close DATE          NOT NULL,
  capacity           INT           NOT NULL,
  fee_amount         DECIMAL(15,2) NULL,
  fee_currency       VARCHAR(3)    NULL,
  status             VARCHAR(16)   NOT NULL,
  enrolled_count     INT           NOT NULL,
  waitlist_tickets   BIGINT        NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT fk_tal_cohort_programme FOREIGN KEY (programme_id) REFERENCES tal_programme (id)
) ${table_options};

CREATE INDEX ix_tal_cohort_programme ON tal_cohort (programme_id, starts_on);
CREATE INDEX ix_tal_cohort_starts ON tal_cohort (starts_on);

CREATE TABLE tal_session (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  cohort_id        BIGINT       NOT NULL,
  starts_at        DATETIME(6)  NOT NULL,
  zone_id          VARCHAR(64)  NOT NULL,
  duration_minutes INT          NOT NULL,
  topic            VARCHAR(300) NOT NULL,
  delivery_mode    VARCHAR(32)  NOT NULL,
  venue            VARCHAR(500) NULL,
  trainer          VARCHAR(200) NULL,
  attendance_taken BOOLEAN      NOT NULL,
  CONSTRAINT fk_tal_session_cohort FOREIGN KEY (cohort_id) REFERENCES tal_cohort (id)
) ${table_options};

CREATE INDEX ix_tal_session_cohort ON tal_session (cohort_id, starts_at);

CREATE TABLE tal_participant (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  name_latin           VARCHAR(200) NOT NULL,
  name_zh              VARCHAR(100) NULL,
  email                VARCHAR(254) NOT NULL,
  organisation         VARCHAR(300) NULL,
  matriculation_number VARCHAR(16)  NULL,
  nationality          VARCHAR(2)   NULL,
  created_at           DATETIME(6)  NOT NULL,
  version              BIGINT       NOT NULL,
  CONSTRAINT uk_tal_participant_email UNIQUE (email),
  CONSTRAINT uk_tal_participant_matric UNIQUE (matriculation_number)
) ${table_options};

CREATE INDEX ix_tal_participant_name ON tal_participant (name_latin);

CREATE TABLE tal_enrolment (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  cohort_id         BIGINT      NOT NULL,
  participant_id    BIGINT      NOT NULL,
  state             VARCHAR(16) NOT NULL,
  waitlist_ticket   BIGINT      NULL,
  assessment_passed BOOLEAN     NULL,
  requested_at      DATETIME(6) NOT NULL,
  changed_at        DATETIME(6) NOT NULL,
  version           BIGINT      NOT NULL,
  CONSTRAINT uk_tal_enrolment_cohort_participant UNIQUE (cohort_id, participant_id),
  CONSTRAINT fk_tal_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES tal_cohort (id),
  CONSTRAINT fk_tal_enrolment_participant FOREIGN KEY (participant_id) REFERENCES tal_participant (id)
) ${table_options};

CREATE INDEX ix_tal_enrolment_cohort_state ON tal_enrolment (cohort_id, state, waitlist_ticket);
CREATE INDEX ix_tal_enrolment_participant ON tal_enrolment (participant_id);

CREATE TABLE tal_attendance (
  session_id   BIGINT  NOT NULL,
  enrolment_id BIGINT  NOT NULL,
  present      BOOLEAN NOT NULL,
  PRIMARY KEY (session_id, enrolment_id),
  CONSTRAINT fk_tal_attendance_session FOREIGN KEY (session_id) REFERENCES tal_session (id),
  CONSTRAINT fk_tal_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES tal_enrolment (id)
) ${table_options};

CREATE INDEX ix_tal_attendance_enrolment ON tal_attendance (enrolment_id);

CREATE TABLE tal_certificate (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(40)   NOT NULL,
  enrolment_id   BIGINT        NOT NULL,
  holder_latin   VARCHAR(200)  NOT NULL,
  holder_zh      VARCHAR(100)  NULL,
  programme_en   VARCHAR(300)  NOT NULL,
  programme_zh   VARCHAR(300)  NULL,
  issued_on      DATE          NOT NULL,
  issued_at      DATETIME(6)   NOT NULL,
  document_id    BIGINT        NULL,
  revoked_at     DATETIME(6)   NULL,
  revoke_reason  VARCHAR(1000) NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT uk_tal_certificate_code UNIQUE (code),
  CONSTRAINT uk_tal_certificate_enrolment UNIQUE (enrolment_id),
  CONSTRAINT fk_tal_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES tal_enrolment (id)
) ${table_options};

CREATE INDEX ix_tal_certificate_issued ON tal_certificate (issued_at);
