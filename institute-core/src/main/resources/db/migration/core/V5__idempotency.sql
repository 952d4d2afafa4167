-- The first response to each request sent with an Idempotency-Key, per user and key, so that a repeat
-- is answered from here instead of acting twice (decision 0012). Rows older than a day are replaced.
CREATE TABLE core_idempotency_record (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  username     VARCHAR(64)   NOT NULL,
  idem_key     VARCHAR(128)  NOT NULL,
  request_hash VARCHAR(64)   NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  completed_at DATETIME(6)   NULL,
  status_code  INT           NULL,
  media_type   VARCHAR(100)  NULL,
  location     VARCHAR(1000) NULL,
  body         LONGBLOB      NULL,
  CONSTRAINT uk_core_idempotency_user_key UNIQUE (username, idem_key)
) ${table_options};

CREATE INDEX ix_core_idempotency_created ON core_idempotency_record (created_at);
