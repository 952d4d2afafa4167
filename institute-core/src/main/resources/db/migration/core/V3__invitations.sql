-- Invited users choose their password through a one-use link; only the token's hash is stored.
ALTER TABLE core_user_account ADD COLUMN password_set BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE core_password_link (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT      NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  purpose    VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6) NULL,
  version    BIGINT      NOT NULL,
  CONSTRAINT uk_core_password_link_token UNIQUE (token_hash),
  CONSTRAINT fk_core_password_link_user FOREIGN KEY (user_id) REFERENCES core_user_account (id)
) ${table_options};

CREATE INDEX ix_core_password_link_user ON core_password_link (user_id);
CREATE INDEX ix_core_user_account_name ON core_user_account (display_name);
