-- Compliance of licensees (issue 18, item 6; decision 0104): the late-payment interest a deal's
-- terms may set (% per annum, simple, per day overdue), and the reminders of royalty reports and
-- invoices already sent, one row per subject (REPORT: a deal's period; INVOICE: an invoice), due
-- date and stage (days after the due date, negative before it), so that a second run or a second
-- node fails on the key and sends nothing twice.
ALTER TABLE lic_deal ADD COLUMN late_interest_percent DECIMAL(7, 4) NULL;

CREATE TABLE lic_compliance_reminder (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject     VARCHAR(16) NOT NULL,
  subject_key VARCHAR(40) NOT NULL,
  deal_id     BIGINT      NOT NULL,
  due_date    DATE        NOT NULL,
  days_after  INT         NOT NULL,
  sent_on     DATE        NOT NULL,
  sent_at     DATETIME(6) NOT NULL,
  CONSTRAINT fk_lic_compliance_reminder_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT uk_lic_compliance_reminder UNIQUE (subject, subject_key, due_date, days_after)
) ${table_options};
