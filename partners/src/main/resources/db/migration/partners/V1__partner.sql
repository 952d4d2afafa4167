-- The partners module owns the ptn_ tables. Other modules refer to a partner by its id only.
CREATE TABLE ptn_partner (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  code       VARCHAR(16)  NOT NULL,
  name_en    VARCHAR(300) NOT NULL,
  name_zh    VARCHAR(300) NULL,
  kind       VARCHAR(32)  NOT NULL,
  country    VARCHAR(2)   NOT NULL,
  city       VARCHAR(100) NOT NULL,
  active     BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT uk_ptn_partner_code UNIQUE (code)
) ${table_options};
