-- Obligations of executed deals (milestone payments and royalty reports due), the payments that
-- meet them, and the reminders already sent (decision 0014).
CREATE TABLE lic_obligation (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  version        BIGINT         NOT NULL,
  deal_id        BIGINT         NOT NULL,
  obligation_key VARCHAR(40)    NOT NULL,
  kind           VARCHAR(32)    NOT NULL,
  description    VARCHAR(300)   NOT NULL,
  period_start   DATE           NULL,
  period_end     DATE           NULL,
  due_date       DATE           NOT NULL,
  amount         DECIMAL(19, 2) NULL,
  paid           DECIMAL(19, 2) NOT NULL,
  currency       VARCHAR(3)     NOT NULL,
  met_on         DATE           NULL,
  waived_by      VARCHAR(64)    NULL,
  waived_at      DATETIME(6)    NULL,
  waive_reason   VARCHAR(1000)  NULL,
  CONSTRAINT fk_lic_obligation_deal FOREIGN KEY (deal_id) REFERENCES lic_deal (id),
  CONSTRAINT uk_lic_obligation UNIQUE (deal_id, obligation_key)
) ${table_options};

CREATE INDEX ix_lic_obligation_due ON lic_obligation (due_date, id);

ALTER TABLE lic_payment ADD COLUMN obligation_id BIGINT NULL;
ALTER TABLE lic_payment ADD CONSTRAINT fk_lic_payment_obligation FOREIGN KEY (obligation_id) REFERENCES lic_obligation (id);

CREATE TABLE lic_obligation_reminder (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  obligation_id BIGINT      NOT NULL,
  due_date      DATE        NOT NULL,
  days_before   INT         NOT NULL,
  sent_on       DATE        NOT NULL,
  sent_at       DATETIME(6) NOT NULL,
  CONSTRAINT fk_lic_obligation_reminder FOREIGN KEY (obligation_id) REFERENCES lic_obligation (id),
  CONSTRAINT uk_lic_obligation_reminder UNIQUE (obligation_id, due_date, days_before)
) ${table_options};
