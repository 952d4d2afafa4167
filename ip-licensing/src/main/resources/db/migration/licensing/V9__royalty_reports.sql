-- Tiered royalties and royalty reports filed by licensees (decision 0092).
-- A deal's royalty may step up or down at thresholds of cumulative net sales in the licence year.
CREATE TABLE lic_deal_royalty_tier (
  deal_id        BIGINT         NOT NULL,
  tier_index     INT            NOT NULL,
  from_net_sales DECIMAL(19, 2) NOT NULL,
  rate_percent   DECIMAL(7, 4)  NOT NULL,
  CONSTRAINT pk_lic_deal_royalty_tier PRIMARY KEY (deal_id, tier_index),
  CONSTRAINT fk_lic_deal_royalty_tier FOREIGN KEY (deal_id) REFERENCES lic_deal (id)
) ${table_options};

-- One report per deal and period (a quarter of a licence year); every filing of it is a version.
CREATE TABLE lic_royalty_report (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  version      BIGINT     NOT NULL,
  deal_id      BIGINT     NOT NULL,
  licensee_id  BIGINT     NOT NULL,
  licence_year INT        NOT NULL,
  quarter_no   INT        NOT NULL,
  period_start DATE       NOT NULL,
  period_end   DATE       NOT NULL,
  year_end     DATE       NOT NULL,
  currency     VARCHAR(3) NOT NULL,
  CONSTRAINT fk_lic_royalty_report_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT uk_lic_royalty_report UNIQUE (deal_id, period_start)
) ${table_options};

CREATE TABLE lic_royalty_report_version (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id  BIGINT         NOT NULL,
  version_no INT            NOT NULL,
  filed_by   VARCHAR(64)    NOT NULL,
  filed_at   DATETIME(6)    NOT NULL,
  note       VARCHAR(1000)  NULL,
  net_sales  DECIMAL(19, 2) NOT NULL,
  royalty    DECIMAL(19, 2) NOT NULL,
  true_up    DECIMAL(19, 2) NOT NULL,
  due        DECIMAL(19, 2) NOT NULL,
  CONSTRAINT fk_lic_royalty_report_version FOREIGN KEY (report_id) REFERENCES lic_royalty_report (id),
  CONSTRAINT uk_lic_royalty_report_version UNIQUE (report_id, version_no)
) ${table_options};

CREATE TABLE lic_royalty_report_line (
  version_id  BIGINT         NOT NULL,
  line_index  INT            NOT NULL,
  product     VARCHAR(200)   NOT NULL,
  territory   VARCHAR(100)   NOT NULL,
  units       BIGINT         NOT NULL,
  gross_sales DECIMAL(19, 2) NOT NULL,
  deductions  DECIMAL(19, 2) NOT NULL,
  CONSTRAINT pk_lic_royalty_report_line PRIMARY KEY (version_id, line_index),
  CONSTRAINT fk_lic_royalty_report_line FOREIGN KEY (version_id) REFERENCES lic_royalty_report_version (id)
) ${table_options};

CREATE TABLE lic_royalty_report_tier (
  version_id     BIGINT         NOT NULL,
  tier_index     INT            NOT NULL,
  from_net_sales DECIMAL(19, 2) NOT NULL,
  rate_percent   DECIMAL(7, 4)  NOT NULL,
  sales          DECIMAL(19, 2) NOT NULL,
  royalty        DECIMAL(19, 2) NOT NULL,
  CONSTRAINT pk_lic_royalty_report_tier PRIMARY KEY (version_id, tier_index),
  CONSTRAINT fk_lic_royalty_report_tier FOREIGN KEY (version_id) REFERENCES lic_royalty_report_version (id)
) ${table_options};

