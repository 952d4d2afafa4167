-- Each verification of the audit chain, kept (decision 0123): the home pages show the last one
-- instead of walking the whole chain at every view, and the time and author of each check are on
-- record. A scheduled check runs daily; admins and auditors may run one at any time.
CREATE TABLE core_audit_verification (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  verified_at   DATETIME(6)   NOT NULL,
  verified_by   VARCHAR(64)   NOT NULL,
  links_checked BIGINT        NOT NULL,
  intact        BOOLEAN       NOT NULL,
  first_broken  BIGINT        NULL,
  problem       VARCHAR(1000) NULL
) ${table_options};

INSERT INTO core_job_lease (job, holder, lease_until, last_run_at, runs)
VALUES ('audit-chain', '', '2000-01-01 00:00:00', NULL, 0);
