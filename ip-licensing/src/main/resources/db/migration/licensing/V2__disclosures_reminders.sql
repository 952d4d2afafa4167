-- Invention disclosures and the reminders of filing deadlines already sent (decision 0013).
CREATE TABLE lic_disclosure (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  version                 BIGINT        NOT NULL,
  state                   VARCHAR(32)   NOT NULL,
  title                   VARCHAR(300)  NOT NULL,
  abstract_text           VARCHAR(4000) NOT NULL,
  research_project        VARCHAR(200)  NULL,
  first_public_disclosure DATE          NULL,
  submitted_by            VARCHAR(64)   NOT NULL,
  submitter_partner_id    BIGINT        NULL,
  submitted_at            DATETIME(6)   NOT NULL,
  updated_at              DATETIME(6)   NOT NULL,
  reviewed_by             VARCHAR(64)   NULL,
  review_comment          VARCHAR(2000) NULL,
  family_id               BIGINT        NULL,
  CONSTRAINT fk_lic_disclosure_family FOREIGN KEY (family_id) REFERENCES lic_patent_family (id)
) ${table_options};

CREATE INDEX ix_lic_disclosure_state ON lic_disclosure (state, updated_at);
CREATE INDEX ix_lic_disclosure_partner ON lic_disclosure (submitter_partner_id, updated_at);

CREATE TABLE lic_disclosure_inventor (
  disclosure_id  BIGINT        NOT NULL,
  inventor_index INT           NOT NULL,
  inventor_name  VARCHAR(200)  NOT NULL,
  partner_id     BIGINT        NOT NULL,
  contribution   DECIMAL(7, 4) NOT NULL,
  PRIMARY KEY (disclosure_id, inventor_index),
  CONSTRAINT fk_lic_disclosure_inventor FOREIGN KEY (disclosure_id) REFERENCES lic_disclosure (id)
) ${table_options};

CREATE INDEX ix_lic_disclosure_inventor_partner ON lic_disclosure_inventor (partner_id, disclosure_id);

CREATE TABLE lic_deadline_reminder (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  family_id   BIGINT      NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  due_date    DATE        NOT NULL,
  days_before INT         NOT NULL,
  sent_at     DATETIME(6) NOT NULL,
  CONSTRAINT uk_lic_deadline_reminder UNIQUE (family_id, kind, due_date, days_before)
) ${table_options};
