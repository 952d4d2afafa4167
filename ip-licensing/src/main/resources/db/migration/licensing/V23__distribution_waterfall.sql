-- Who gets the money (issue 19, decision 0107): a family's inventors and whether its income repays
-- its costs first, the institutions' distribution policies by effective date, and each payment's
-- distribution waterfall line by line.
ALTER TABLE lic_patent_family ADD cost_recovery VARCHAR(16) DEFAULT 'RECOVER_FIRST' NOT NULL;

CREATE TABLE lic_family_inventor (
  family_id      BIGINT        NOT NULL,
  inventor_index INT           NOT NULL,
  inventor_name  VARCHAR(200)  NOT NULL,
  partner_id     BIGINT        NOT NULL,
  contribution   DECIMAL(7, 4) NOT NULL,
  orcid          VARCHAR(19)   NULL,
  PRIMARY KEY (family_id, inventor_index),
  CONSTRAINT fk_lic_family_inventor FOREIGN KEY (family_id) REFERENCES lic_patent_family (id)
) ${table_options};

CREATE TABLE lic_distribution_policy (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  partner_id     BIGINT       NOT NULL,
  effective_from DATE         NOT NULL,
  note           VARCHAR(500) NULL,
  saved_by       VARCHAR(64)  NOT NULL,
  saved_at       DATETIME(6)  NOT NULL
) ${table_options};

CREATE INDEX ix_lic_distribution_policy ON lic_distribution_policy (partner_id, effective_from);

CREATE TABLE lic_distribution_tier (
  policy_id         BIGINT         NOT NULL,
  position          INT            NOT NULL,
  from_sgd          DECIMAL(19, 2) NOT NULL,
  inventors_percent DECIMAL(5, 2)  NOT NULL,
  CONSTRAINT pk_lic_distribution_tier PRIMARY KEY (policy_id, position),
  CONSTRAINT fk_lic_distribution_tier FOREIGN KEY (policy_id) REFERENCES lic_distribution_policy (id)
) ${table_options};

CREATE TABLE lic_distribution_line (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  payment_id     BIGINT         NOT NULL,
  line_no        INT            NOT NULL,
  step           VARCHAR(16)    NOT NULL,
  family_id      BIGINT         NOT NULL,
  partner_id     BIGINT         NOT NULL,
  inventor_name  VARCHAR(200)   NULL,
  inventor_orcid VARCHAR(19)    NULL,
  contribution   DECIMAL(7, 4)  NULL,
  policy_id      BIGINT         NULL,
  amount         DECIMAL(19, 2) NOT NULL,
  amount_sgd     DECIMAL(19, 2) NOT NULL,
  amount_cny     DECIMAL(19, 2) NOT NULL,
  CONSTRAINT fk_lic_distribution_line_payment FOREIGN KEY (payment_id) REFERENCES lic_payment (id)
) ${table_options};

CREATE INDEX ix_lic_distribution_line_payment ON lic_distribution_line (payment_id, line_no);
CREATE INDEX ix_lic_distribution_line_family ON lic_distribution_line (family_id, step, partner_id);
CREATE INDEX ix_lic_distribution_line_partner ON lic_distribution_line (partner_id, step);
