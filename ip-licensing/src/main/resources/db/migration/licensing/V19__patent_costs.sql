-- The costs of patent families (issue 19, decision 0103), each with the co-owner that paid it and
-- its value in SGD and CNY at the rate of its date.
CREATE TABLE lic_patent_cost (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  family_id   BIGINT         NOT NULL,
  kind        VARCHAR(16)    NOT NULL,
  paid_by     BIGINT         NOT NULL,
  incurred_on DATE           NOT NULL,
  amount      DECIMAL(19, 2) NOT NULL,
  currency    VARCHAR(3)     NOT NULL,
  amount_sgd  DECIMAL(19, 2) NOT NULL,
  amount_cny  DECIMAL(19, 2) NOT NULL,
  rate_date   DATE           NOT NULL,
  note        VARCHAR(500)   NULL,
  recorded_by VARCHAR(64)    NOT NULL,
  recorded_at DATETIME(6)    NOT NULL,
  CONSTRAINT fk_lic_patent_cost_family FOREIGN KEY (family_id) REFERENCES lic_patent_family (id)
) ${table_options};

CREATE INDEX ix_lic_patent_cost_family ON lic_patent_cost (family_id, incurred_on);
