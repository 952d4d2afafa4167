-- The review of royalty reports, invoices and credit notes, payments against invoices (decision 0101).

-- A report awaits review once filed (SUBMITTED), is queried with a question (QUERIED) or accepted
-- (ACCEPTED). Reports filed before this migration await review.
ALTER TABLE lic_royalty_report ADD COLUMN review_state VARCHAR(16) NOT NULL DEFAULT 'SUBMITTED';
ALTER TABLE lic_royalty_report ADD COLUMN accepted_version INT NULL;
ALTER TABLE lic_royalty_report ADD COLUMN accepted_by VARCHAR(64) NULL;
ALTER TABLE lic_royalty_report ADD COLUMN accepted_at DATETIME(6) NULL;
-- what the report's invoices and credit notes total: the due of the version last accepted
ALTER TABLE lic_royalty_report ADD COLUMN invoiced DECIMAL(19, 2) NOT NULL DEFAULT 0;
CREATE INDEX ix_lic_royalty_report_review ON lic_royalty_report (review_state, period_end, id);

-- A question of the licensing admins about a version, and the licensee's answer.
CREATE TABLE lic_royalty_report_query (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id      BIGINT        NOT NULL,
  query_index    INT           NOT NULL,
  about_version  INT           NOT NULL,
  asked_by       VARCHAR(64)   NOT NULL,
  asked_at       DATETIME(6)   NOT NULL,
  question       VARCHAR(2000) NOT NULL,
  answered_by    VARCHAR(64)   NULL,
  answered_at    DATETIME(6)   NULL,
  answer         VARCHAR(2000) NULL,
  answer_version INT           NULL,
  CONSTRAINT fk_lic_royalty_report_query FOREIGN KEY (report_id) REFERENCES lic_royalty_report (id),
  CONSTRAINT uk_lic_royalty_report_query UNIQUE (report_id, query_index)
) ${table_options};

-- The last number given in each series (INV, CN) and year: one row, updated in the transaction
-- that issues the invoice, so numbers have no gaps and no duplicates, in a cluster too.
CREATE TABLE lic_invoice_counter (
  series  VARCHAR(4) NOT NULL,
  year_no INT        NOT NULL,
  last_no BIGINT     NOT NULL,
  CONSTRAINT pk_lic_invoice_counter PRIMARY KEY (series, year_no)
) ${table_options};

-- Invoices and credit notes (a negative amount) issued when a report is accepted.
CREATE TABLE lic_invoice (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  version            BIGINT         NOT NULL,
  invoice_no         VARCHAR(20)    NOT NULL,
  kind               VARCHAR(16)    NOT NULL,
  series             VARCHAR(4)     NOT NULL,
  year_no            INT            NOT NULL,
  seq_no             BIGINT         NOT NULL,
  deal_id            BIGINT         NOT NULL,
  licensee_id        BIGINT         NOT NULL,
  report_id          BIGINT         NOT NULL,
  report_version     INT            NOT NULL,
  licence_year       INT            NOT NULL,
  quarter_no         INT            NOT NULL,
  period_start       DATE           NOT NULL,
  period_end         DATE           NOT NULL,
  issue_date         DATE           NOT NULL,
  due_date           DATE           NOT NULL,
  currency           VARCHAR(3)     NOT NULL,
  net_sales          DECIMAL(19, 2) NOT NULL,
  royalty            DECIMAL(19, 2) NOT NULL,
  true_up            DECIMAL(19, 2) NOT NULL,
  amount             DECIMAL(19, 2) NOT NULL,
  amount_sgd         DECIMAL(19, 2) NOT NULL,
  amount_cny         DECIMAL(19, 2) NOT NULL,
  sgd_cny_rate       DECIMAL(19, 8) NOT NULL,
  rate_date          DATE           NOT NULL,
  credits_invoice_id BIGINT         NULL,
  document_id        BIGINT         NULL,
  issued_by          VARCHAR(64)    NOT NULL,
  issued_at          DATETIME(6)    NOT NULL,
  CONSTRAINT fk_lic_invoice_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT fk_lic_invoice_report FOREIGN KEY (report_id) REFERENCES lic_royalty_report (id),
  CONSTRAINT uk_lic_invoice_no UNIQUE (invoice_no),
  CONSTRAINT uk_lic_invoice_seq UNIQUE (series, year_no, seq_no)
) ${table_options};
CREATE INDEX ix_lic_invoice_licensee ON lic_invoice (licensee_id, id);
CREATE INDEX ix_lic_invoice_report ON lic_invoice (report_id, id);

-- A payment may be recorded against an invoice.
ALTER TABLE lic_payment ADD COLUMN invoice_id BIGINT NULL;
CREATE INDEX ix_lic_payment_invoice ON lic_payment (invoice_id);
