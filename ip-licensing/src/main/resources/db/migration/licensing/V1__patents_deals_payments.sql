-- ip-licensing owns the lic_ tables (decision 0002). Partners are referred to by id only: no foreign
-- keys across modules. Every filter and sort column of the lists has an index (issue 8).

CREATE TABLE lic_patent_family (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  version          BIGINT       NOT NULL,
  reference        VARCHAR(32)  NOT NULL,
  title            VARCHAR(300) NOT NULL,
  technology_field VARCHAR(100) NULL,
  priority_date    DATE         NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_lic_patent_family_reference UNIQUE (reference)
) ${table_options};

CREATE INDEX ix_lic_patent_family_priority ON lic_patent_family (priority_date);

CREATE TABLE lic_ownership (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  family_id      BIGINT        NOT NULL,
  partner_id     BIGINT        NOT NULL,
  share_percent  DECIMAL(7, 4) NOT NULL,
  effective_from DATE          NOT NULL,
  CONSTRAINT fk_lic_ownership_family FOREIGN KEY (family_id) REFERENCES lic_patent_family (id),
  CONSTRAINT uk_lic_ownership UNIQUE (family_id, effective_from, partner_id)
) ${table_options};

CREATE INDEX ix_lic_ownership_partner ON lic_ownership (partner_id, family_id);

CREATE TABLE lic_patent_application (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  family_id          BIGINT      NOT NULL,
  jurisdiction       VARCHAR(8)  NOT NULL,
  application_number VARCHAR(64) NULL,
  filing_date        DATE        NULL,
  status             VARCHAR(16) NOT NULL,
  grant_number       VARCHAR(64) NULL,
  CONSTRAINT fk_lic_application_family FOREIGN KEY (family_id) REFERENCES lic_patent_family (id)
) ${table_options};

CREATE INDEX ix_lic_application_family ON lic_patent_application (family_id);

CREATE TABLE lic_deal (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  version              BIGINT         NOT NULL,
  title                VARCHAR(300)   NOT NULL,
  state                VARCHAR(32)    NOT NULL,
  licensee_id          BIGINT         NOT NULL,
  field_of_use         VARCHAR(500)   NOT NULL,
  territory            VARCHAR(300)   NOT NULL,
  exclusivity          VARCHAR(16)    NOT NULL,
  term_start           DATE           NOT NULL,
  term_end             DATE           NOT NULL,
  currency             VARCHAR(3)     NOT NULL,
  upfront_fee          DECIMAL(19, 2) NOT NULL,
  royalty_percent      DECIMAL(7, 4)  NOT NULL,
  annual_minimum       DECIMAL(19, 2) NOT NULL,
  total_value          DECIMAL(19, 2) NOT NULL,
  created_by           VARCHAR(64)    NOT NULL,
  created_at           DATETIME(6)    NOT NULL,
  updated_at           DATETIME(6)    NOT NULL,
  submitted_by         VARCHAR(64)    NULL,
  submitter_partner_id BIGINT         NULL,
  submission_date      DATE           NULL,
  required_approvals   INT            NOT NULL,
  signing_date         DATE           NULL,
  signed_document_id   BIGINT         NULL
) ${table_options};

CREATE INDEX ix_lic_deal_state_updated ON lic_deal (state, updated_at);
CREATE INDEX ix_lic_deal_updated ON lic_deal (updated_at);
CREATE INDEX ix_lic_deal_licensee ON lic_deal (licensee_id, updated_at);
CREATE INDEX ix_lic_deal_title ON lic_deal (title);
CREATE INDEX ix_lic_deal_total ON lic_deal (total_value);

CREATE TABLE lic_deal_family (
  deal_id   BIGINT NOT NULL,
  family_id BIGINT NOT NULL,
  PRIMARY KEY (deal_id, family_id),
  CONSTRAINT fk_lic_deal_family_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT fk_lic_deal_family_family FOREIGN KEY (family_id) REFERENCES lic_patent_family (id)
) ${table_options};

CREATE INDEX ix_lic_deal_family_family ON lic_deal_family (family_id);

CREATE TABLE lic_deal_licensor (
  deal_id    BIGINT NOT NULL,
  partner_id BIGINT NOT NULL,
  PRIMARY KEY (deal_id, partner_id),
  CONSTRAINT fk_lic_deal_licensor_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id)
) ${table_options};

CREATE INDEX ix_lic_deal_licensor_partner ON lic_deal_licensor (partner_id, deal_id);

CREATE TABLE lic_deal_milestone (
  deal_id  BIGINT         NOT NULL,
  milestone_index INT     NOT NULL,
  event_name VARCHAR(300) NOT NULL,
  amount   DECIMAL(19, 2) NOT NULL,
  due_date DATE           NULL,
  PRIMARY KEY (deal_id, milestone_index),
  CONSTRAINT fk_lic_deal_milestone_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id)
) ${table_options};

CREATE TABLE lic_deal_consent (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  deal_id    BIGINT      NOT NULL,
  partner_id BIGINT      NOT NULL,
  given_by   VARCHAR(64) NULL,
  given_at   DATETIME(6) NULL,
  CONSTRAINT fk_lic_deal_consent_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT uk_lic_deal_consent UNIQUE (deal_id, partner_id)
) ${table_options};

CREATE INDEX ix_lic_deal_consent_partner ON lic_deal_consent (partner_id, given_by);

CREATE TABLE lic_deal_approval (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  deal_id     BIGINT      NOT NULL,
  approved_by VARCHAR(64) NOT NULL,
  approved_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_lic_deal_approval_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT uk_lic_deal_approval UNIQUE (deal_id, approved_by)
) ${table_options};

CREATE TABLE lic_deal_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  deal_id      BIGINT        NOT NULL,
  at_utc       DATETIME(6)   NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  partner_id   BIGINT        NULL,
  action       VARCHAR(32)   NOT NULL,
  from_state   VARCHAR(32)   NULL,
  to_state     VARCHAR(32)   NOT NULL,
  comment_text VARCHAR(2000) NULL,
  CONSTRAINT fk_lic_deal_event_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id)
) ${table_options};

CREATE INDEX ix_lic_deal_event_deal ON lic_deal_event (deal_id, id);

CREATE TABLE lic_payment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  deal_id      BIGINT         NOT NULL,
  received_on  DATE           NOT NULL,
  amount       DECIMAL(19, 2) NOT NULL,
  currency     VARCHAR(3)     NOT NULL,
  purpose      VARCHAR(16)    NOT NULL,
  note         VARCHAR(500)   NULL,
  amount_sgd   DECIMAL(19, 2) NOT NULL,
  amount_cny   DECIMAL(19, 2) NOT NULL,
  sgd_cny_rate DECIMAL(19, 8) NOT NULL,
  rate_date    DATE           NOT NULL,
  recorded_by  VARCHAR(64)    NOT NULL,
  recorded_at  DATETIME(6)    NOT NULL,
  CONSTRAINT fk_lic_payment_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id)
) ${table_options};

CREATE INDEX ix_lic_payment_deal ON lic_payment (deal_id, received_on);

CREATE TABLE lic_payment_share (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  payment_id    BIGINT         NOT NULL,
  partner_id    BIGINT         NOT NULL,
  share_percent DECIMAL(12, 8) NOT NULL,
  amount        DECIMAL(19, 2) NOT NULL,
  amount_sgd    DECIMAL(19, 2) NOT NULL,
  amount_cny    DECIMAL(19, 2) NOT NULL,
  CONSTRAINT fk_lic_payment_share_payment FOREIGN KEY (payment_id) REFERENCES lic_payment (id),
  CONSTRAINT uk_lic_payment_share UNIQUE (payment_id, partner_id)
) ${table_options};
