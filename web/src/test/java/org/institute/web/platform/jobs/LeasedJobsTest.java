package org.institute.web.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.institute.core.JobLeases;
import org.junit.jupiter.api.Test;

class LeasedJobsTest {

  /** Leases granted or refused as the test says, each request recorded. */
  private static final class Leases implements JobLeases {
    boolean granted = true;
    final List<String> asked = new ArrayList<>();

    @Override
    public boolean tryRun(String job, Duration period) {
      asked.add(job + " for " + period);
      return granted;
    }

    @Override
    public String holder() {
      return "test";
    }
  }

  private final Leases leases = new Leases();
  private final AtomicInteger runs = new AtomicInteger();

  private LeasedJobs jobs() throws ReflectiveOperationException {
    LeasedJobs jobs = new LeasedJobs();
    Field field = LeasedJobs.class.getDeclaredField("leases");
    field.setAccessible(true);
    field.set(jobs, leases);
    return jobs;
  }

  @Test
  void theHolderOfTheLeaseRunsTheRoundAndRenewsTheLeaseForOnePeriod() throws Exception {
    assertThat(jobs().round("mail-outbox", Duration.ofSeconds(30), runs::incrementAndGet)).isTrue();
    assertThat(runs).hasValue(1);
    assertThat(leases.asked).containsExactly("mail-outbox for PT30S");
  }

  @Test
  void anInstanceWithoutTheLeaseSkipsItsTick() throws Exception {
    leases.granted = false;
    assertThat(jobs().round("webhooks", Duration.ofSeconds(5), runs::incrementAndGet)).isFalse();
    assertThat(runs).hasValue(0);
  }

  @Test
  void aFailedRoundIsLoggedNotThrownSoTheNextRoundStillComes() throws Exception {
    LeasedJobs jobs = jobs();
    Runnable failing =
        () -> {
          runs.incrementAndGet();
          throw new IllegalStateException("the SMTP server is away");
        };
    assertThat(jobs.round("mail-outbox", Duration.ofSeconds(30), failing)).isFalse();
    assertThat(jobs.round("mail-outbox", Duration.ofSeconds(30), failing)).isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aLeaseThatCannotBeAskedForIsAFailedRoundToo() throws Exception {
    JobLeases away =
        new JobLeases() {
          @Override
          public boolean tryRun(String job, Duration period) {
            throw new IllegalStateException("the database is away");
          }

          @Override
          public String holder() {
            return "test";
          }
        };
    LeasedJobs jobs = new LeasedJobs();
    Field field = LeasedJobs.class.getDeclaredField("leases");
    field.setAccessible(true);
    field.set(jobs, away);
    assertThat(jobs.round("audit-chain", Duration.ofHours(24), runs::incrementAndGet)).isFalse();
    assertThat(runs).hasValue(0);
  }

  @Test
  void aJobWithoutAPeriodIsOffAndNothingIsScheduled() throws Exception {
    // no executor is injected: scheduling anything would fail
    LeasedJobs jobs = jobs();
    assertThat(
            jobs.schedule(
                "audit-chain", Duration.ofMinutes(2), Duration.ZERO, runs::incrementAndGet))
        .isFalse();
    assertThat(
            jobs.schedule(
                "licensing-calendar",
                Duration.ofMinutes(1),
                Duration.ofHours(-1),
                runs::incrementAndGet))
        .isFalse();
    assertThat(runs).hasValue(0);
    assertThat(leases.asked).isEmpty();
  }
}
