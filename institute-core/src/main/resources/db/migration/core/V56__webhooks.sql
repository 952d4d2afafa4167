-- Webhooks (issue 17): endpoints admins register for event types, and one message per event and
-- endpoint, kept until delivered (an outbox), retried with growing delays, sent once per cluster
-- (the 'webhooks' job lease and a row lock per message).
CREATE TABLE core_webhook_endpoint (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  url         VARCHAR(500) NOT NULL,
  description VARCHAR(200) NULL,
  event_types VARCHAR(500) NOT NULL,
  secret      VARCHAR(64)  NOT NULL,
  enabled     BOOLEAN      NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  created_by  VARCHAR(64)  NOT NULL,
  version     BIGINT       NOT NULL
) ${table_options};

CREATE TABLE core_webhook_message (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  endpoint_id          BIGINT        NOT NULL,
  message_id           VARCHAR(40)   NOT NULL,
  event_type           VARCHAR(40)   NOT NULL,
  body                 VARCHAR(8000) NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  attempts             INT           NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  next_attempt_at      DATETIME(6)   NULL,
  last_attempt_at      DATETIME(6)   NULL,
  last_response_status INT           NULL,
  last_error           VARCHAR(1000) NULL,
  delivered_at         DATETIME(6)   NULL,
  CONSTRAINT uq_core_webhook_message_id UNIQUE (message_id),
  CONSTRAINT fk_core_webhook_message_endpoint FOREIGN KEY (endpoint_id)
    REFERENCES core_webhook_endpoint (id)
) ${table_options};

CREATE INDEX ix_core_webhook_message_due ON core_webhook_message (status, next_attempt_at);

INSERT INTO core_job_lease (job, holder, lease_until, last_run_at, runs)
VALUES ('webhooks', '', '2000-01-01 00:00:00', NULL, 0);
