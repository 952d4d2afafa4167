package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.institute.core.JobLeases;

/**
 * Leases in the database that every instance shares: one conditional UPDATE decides, and the row
 * lock it takes makes two instances ticking at the same moment agree on one winner. Times come from
 * each instance's clock (UTC); the lease's margin absorbs ordinary clock skew between hosts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class JpaJobLeases implements JobLeases {

  private static final Duration MAX_GRACE = Duration.ofHours(1);
  private static final String HOLDER =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Override
  public boolean tryRun(String job, Duration period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a job's period must be positive");
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    Duration grace = period.compareTo(MAX_GRACE) < 0 ? period : MAX_GRACE;
    int taken =
        em.createNativeQuery(
                "UPDATE core_job_lease SET holder = ?1, lease_until = ?2, last_run_at = ?3,"
                    + " runs = runs + 1 WHERE job = ?4 AND (holder = ?1 OR lease_until < ?3)")
            .setParameter(1, HOLDER)
            .setParameter(2, now.plus(period).plus(grace))
            .setParameter(3, now)
            .setParameter(4, job)
            .executeUpdate();
    if (taken == 0
        && em.createNativeQuery("SELECT COUNT(*) FROM core_job_lease WHERE job = ?1")
            .setParameter(1, job)
            .getSingleResult()
            .toString()
            .equals("0")) {
      throw new IllegalStateException("no lease row for job " + job + "; add it in a migration");
    }
    return taken == 1;
  }

  @Override
  public String holder() {
    return HOLDER;
  }
}
