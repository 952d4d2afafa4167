package org.institute.web.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.JobLeases;

/**
 * The one home of how the application's scheduled jobs run (mail, webhooks, the licensing calendar,
 * the audit chain's check): every instance schedules each job on the container's managed executor,
 * and at each tick only the holder of the job's lease runs it (decision 0066), so a cluster runs a
 * job once. A round that fails is logged as a WARNING with its cause and the next round tries
 * again: a job never stops for one failure. Every schedule is cancelled when the application stops.
 */
@ApplicationScoped
public class LeasedJobs {

  private static final Logger LOG = Logger.getLogger(LeasedJobs.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private JobLeases leases;

  private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

  /**
   * Runs {@code work} {@code first} after now and then {@code every} after each round ends, on the
   * instance that holds the lease {@code job} (a row of core_job_lease).
   *
   * @return false, scheduling nothing, when {@code every} is zero or negative: the job is off
   */
  public boolean schedule(String job, Duration first, Duration every, Runnable work) {
    if (every.isZero() || every.isNegative()) {
      LOG.fine(() -> job + ": off");
      return false;
    }
    scheduled.add(
        scheduler.scheduleWithFixedDelay(
            () -> round(job, every, work),
            first.toMillis(),
            every.toMillis(),
            TimeUnit.MILLISECONDS));
    return true;
  }

  /**
   * One tick of a job: nothing unless this instance holds the lease; a failure is logged, never
   * thrown (a scheduled executor would cancel every later round).
   *
   * @return whether the work ran to its end
   */
  boolean round(String job, Duration every, Runnable work) {
    try {
      if (!leases.tryRun(job, every)) {
        return false;
      }
      work.run();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, job + ": the round failed; the next round tries again", e);
      return false;
    }
  }

  @PreDestroy
  void stop() {
    scheduled.forEach(task -> task.cancel(false));
  }
}
