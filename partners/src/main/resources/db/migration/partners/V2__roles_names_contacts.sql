-- Roles a partner plays, its name history (renames keep the old name for old records) and contacts.
CREATE TABLE ptn_partner_role (
  partner_id BIGINT      NOT NULL,
  role       VARCHAR(32) NOT NULL,
  PRIMARY KEY (partner_id, role),
  CONSTRAINT fk_ptn_partner_role_partner FOREIGN KEY (partner_id) REFERENCES ptn_partner (id)
) ${table_options};

CREATE INDEX ix_ptn_partner_role_role ON ptn_partner_role (role);

CREATE TABLE ptn_partner_name (
  partner_id BIGINT       NOT NULL,
  valid_from DATE         NOT NULL,
  name_en    VARCHAR(300) NOT NULL,
  name_zh    VARCHAR(300) NULL,
  PRIMARY KEY (partner_id, valid_from),
  CONSTRAINT fk_ptn_partner_name_partner FOREIGN KEY (partner_id) REFERENCES ptn_partner (id)
) ${table_options};

-- names of partners registered before this migration, valid from their registration
INSERT INTO ptn_partner_name (partner_id, valid_from, name_en, name_zh)
  SELECT id, CAST(created_at AS DATE), name_en, name_zh FROM ptn_partner;

CREATE TABLE ptn_contact (
  partner_id       BIGINT       NOT NULL,
  position         INT          NOT NULL,
  name             VARCHAR(200) NOT NULL,
  contact_function VARCHAR(200) NULL,
  email            VARCHAR(254) NULL,
  phone            VARCHAR(50)  NULL,
  PRIMARY KEY (partner_id, position),
  CONSTRAINT fk_ptn_contact_partner FOREIGN KEY (partner_id) REFERENCES ptn_partner (id)
) ${table_options};

CREATE INDEX ix_ptn_partner_kind ON ptn_partner (kind);
CREATE INDEX ix_ptn_partner_name_en ON ptn_partner (name_en);
