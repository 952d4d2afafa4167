-- Personal access tokens (issue 17, decision 0096): a user's named tokens for the API with scopes,
-- an expiry and an optional rate per minute. Only the SHA-256 hash of the secret is kept.
CREATE TABLE core_access_token (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  name            VARCHAR(80)  NOT NULL,
  token_hash      VARCHAR(64)  NOT NULL,
  prefix          VARCHAR(16)  NOT NULL,
  scopes          VARCHAR(300) NOT NULL,
  rate_per_minute INT          NULL,
  created_at      DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  last_used_at    DATETIME(6)  NULL,
  revoked_at      DATETIME(6)  NULL,
  revoked_by      VARCHAR(64)  NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_core_access_token_hash UNIQUE (token_hash)
) ${table_options};

CREATE INDEX ix_core_access_token_user ON core_access_token (username);
