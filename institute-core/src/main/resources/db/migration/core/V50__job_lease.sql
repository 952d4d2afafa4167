-- One row per scheduled job: which application instance runs it (decision 0066). Each instance
-- ticks on its own; the holder of an unexpired lease runs the job and renews it, the others skip.
-- runs counts the runs of the whole cluster, which shows that a tick runs once, not once per node.
CREATE TABLE core_job_lease (
  job         VARCHAR(64)  NOT NULL PRIMARY KEY,
  holder      VARCHAR(128) NOT NULL,
  lease_until DATETIME(6)  NOT NULL,
  last_run_at DATETIME(6)  NULL,
  runs        BIGINT       NOT NULL
) ${table_options};

INSERT INTO core_job_lease (job, holder, lease_until, last_run_at, runs)
VALUES ('mail-outbox', '', '2000-01-01 00:00:00', NULL, 0);
INSERT INTO core_job_lease (job, holder, lease_until, last_run_at, runs)
VALUES ('licensing-calendar', '', '2000-01-01 00:00:00', NULL, 0);
