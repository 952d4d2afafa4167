package org.institute.core;

import java.time.Duration;

/**
 * Makes a scheduled job run once per cluster rather than once per application instance. Every
 * instance ticks on its own schedule and asks before each run; the instance that holds the job's
 * lease runs it and renews the lease, the others skip their tick. When the holder stops (crash,
 * shutdown), its lease runs out and the next instance to tick takes the job over.
 */
public interface JobLeases {

  /**
   * Takes or renews the lease of {@code job} for this instance.
   *
   * @param job the job's name, a row of core_job_lease (see the core migration V50)
   * @param period how often the caller ticks; the lease lasts one period plus the lesser of one
   *     period and an hour, so the holder always renews it in time and a dead holder is replaced
   *     after at most that long
   * @return true when this instance should run the job now
   */
  boolean tryRun(String job, Duration period);

  /** The name under which this instance holds leases (process id and host). */
  String holder();
}
