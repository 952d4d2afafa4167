-- Interest invoices (issue 18, item 6; decision 0109): an invoice of kind INTEREST (series INT,
-- numbered without gaps per year by the same counter table) charges the late-payment interest
-- accrued on another invoice up to a day, at the deal's rate of its issue day. It names the invoice
-- it charges interest on, the last day of interest it charges and the rate.
ALTER TABLE lic_invoice ADD COLUMN interest_on_invoice_id BIGINT NULL;
ALTER TABLE lic_invoice ADD COLUMN interest_to DATE NULL;
ALTER TABLE lic_invoice ADD COLUMN interest_percent DECIMAL(7, 4) NULL;
ALTER TABLE lic_invoice ADD CONSTRAINT fk_lic_invoice_interest_on
  FOREIGN KEY (interest_on_invoice_id) REFERENCES lic_invoice (id);
CREATE INDEX ix_lic_invoice_interest_on ON lic_invoice (interest_on_invoice_id, id);
