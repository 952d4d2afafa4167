-- institute-core owns the core_ tables. The same SQL runs on MariaDB and on H2 (MariaDB mode).
-- ${table_options} is empty on H2 and sets InnoDB + utf8mb4 on MariaDB, so Chinese names always fit.

CREATE TABLE core_user_account (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  language      VARCHAR(16)  NOT NULL,
  partner_id    BIGINT       NULL,
  enabled       BOOLEAN      NOT NULL,
  password_hash VARCHAR(512) NOT NULL,
  failed_logins INT          NOT NULL,
  locked_until  DATETIME(6)  NULL,
  last_login_at DATETIME(6)  NULL,
  created_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL,
  CONSTRAINT uk_core_user_account_username UNIQUE (username)
) ${table_options};

CREATE INDEX ix_core_user_account_partner ON core_user_account (partner_id);

CREATE TABLE core_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_core_user_role_user FOREIGN KEY (user_id) REFERENCES core_user_account (id)
) ${table_options};

-- Append-only, hash-chained. Rows are never updated or deleted by the application.
CREATE TABLE core_audit_entry (
  seq           BIGINT        NOT NULL PRIMARY KEY,
  actor         VARCHAR(64)   NOT NULL,
  at_utc        DATETIME(6)   NOT NULL,
  action        VARCHAR(64)   NOT NULL,
  entity_type   VARCHAR(64)   NOT NULL,
  entity_id     VARCHAR(64)   NOT NULL,
  summary       VARCHAR(4000) NOT NULL,
  previous_hash VARCHAR(64)   NOT NULL,
  hash          VARCHAR(64)   NOT NULL
) ${table_options};

CREATE INDEX ix_core_audit_entry_actor  ON core_audit_entry (actor, at_utc);
CREATE INDEX ix_core_audit_entry_entity ON core_audit_entry (entity_type, entity_id);
CREATE INDEX ix_core_audit_entry_at     ON core_audit_entry (at_utc);

-- One row: the chain's head. Appending locks it, so concurrent writers cannot fork the chain.
CREATE TABLE core_audit_head (
  id        INT         NOT NULL PRIMARY KEY,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL
) ${table_options};

INSERT INTO core_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE core_fx_rate (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  rate_date      DATE           NOT NULL,
  base_currency  VARCHAR(3)     NOT NULL,
  quote_currency VARCHAR(3)     NOT NULL,
  rate           DECIMAL(19, 8) NOT NULL,
  source         VARCHAR(64)    NOT NULL,
  CONSTRAINT uk_core_fx_rate UNIQUE (rate_date, base_currency, quote_currency)
) ${table_options};

-- Every outgoing e-mail is written here in the sender's transaction first; a dispatcher delivers it
-- when SMTP is configured. Without SMTP the messages stay here for admins to read: none is lost.
CREATE TABLE core_mail_outbox (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient  VARCHAR(254)  NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  body       VARCHAR(8000) NOT NULL,
  status     VARCHAR(16)   NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  sent_at    DATETIME(6)   NULL,
  attempts   INT           NOT NULL,
  last_error VARCHAR(1000) NULL
) ${table_options};

CREATE INDEX ix_core_mail_outbox_status ON core_mail_outbox (status, created_at);
