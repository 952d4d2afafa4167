-- Approval policies as data (decision 0102): versions of ordered rules that decide at a deal's
-- submission what it needs before it is approved; the deal keeps what was decided.
CREATE TABLE lic_approval_policy (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  version_no     INT          NOT NULL,
  effective_from DATE         NOT NULL,
  note           VARCHAR(500) NULL,
  saved_by       VARCHAR(64)  NOT NULL,
  saved_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_lic_approval_policy_version UNIQUE (version_no)
) ${table_options};

CREATE INDEX ix_lic_approval_policy_effective ON lic_approval_policy (effective_from, version_no);

CREATE TABLE lic_approval_rule (
  policy_id          BIGINT         NOT NULL,
  position           INT            NOT NULL,
  name               VARCHAR(120)   NOT NULL,
  above_value_sgd    DECIMAL(19, 2) NULL,
  exclusivity        VARCHAR(16)    NULL,
  territory          VARCHAR(120)   NULL,
  field_of_use       VARCHAR(120)   NULL,
  co_owned           BOOLEAN        NULL,
  licensee_country   VARCHAR(2)     NULL,
  admin_approvals    INT            NOT NULL,
  co_owner_consent   BOOLEAN        NOT NULL,
  council_resolution BOOLEAN        NOT NULL,
  CONSTRAINT pk_lic_approval_rule PRIMARY KEY (policy_id, position),
  CONSTRAINT fk_lic_approval_rule FOREIGN KEY (policy_id) REFERENCES lic_approval_policy (id)
) ${table_options};

-- What the policy decided for a deal's round of review. Deals submitted before this migration were
-- decided by the built-in policy (version 0) and asked for their co-owners' consent.
ALTER TABLE lic_deal ADD COLUMN approval_policy_version INT NULL;
ALTER TABLE lic_deal ADD COLUMN approval_rule VARCHAR(120) NULL;
ALTER TABLE lic_deal ADD COLUMN co_owner_consent BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE lic_deal ADD COLUMN council_resolution_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE lic_deal ADD COLUMN council_resolution VARCHAR(200) NULL;
