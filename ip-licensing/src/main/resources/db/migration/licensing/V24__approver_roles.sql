-- Named approver roles (decision 0108): roles such as "Legal counsel" that admins define and hold,
-- which an approval policy's rule may ask to approve a deal; the deal keeps the roles decided at
-- its submission and each approval the roles it met.
CREATE TABLE lic_approver_role (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  code       VARCHAR(40)  NOT NULL,
  name_en    VARCHAR(120) NOT NULL,
  name_zh    VARCHAR(120) NOT NULL,
  created_by VARCHAR(64)  NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT uk_lic_approver_role_code UNIQUE (code)
) ${table_options};

CREATE TABLE lic_approver_role_holder (
  role_id  BIGINT      NOT NULL,
  username VARCHAR(64) NOT NULL,
  CONSTRAINT pk_lic_approver_role_holder PRIMARY KEY (role_id, username),
  CONSTRAINT fk_lic_approver_role_holder FOREIGN KEY (role_id) REFERENCES lic_approver_role (id)
) ${table_options};

-- A rule's named roles, codes separated by commas (empty: none).
ALTER TABLE lic_approval_rule ADD COLUMN named_roles VARCHAR(500) DEFAULT '' NOT NULL;
-- The named roles a deal's round of review needs, and those each approval met.
ALTER TABLE lic_deal ADD COLUMN named_roles VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE lic_deal_approval ADD COLUMN for_roles VARCHAR(500) DEFAULT '' NOT NULL;
