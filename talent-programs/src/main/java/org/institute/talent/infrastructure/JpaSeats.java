package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.institute.talent.CohortStatus;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.Seats;

/**
 * The cohort's counters changed by conditional updates: {@code enrolled_count + 1 where
 * enrolled_count < capacity}. The database applies each to the current row, whatever this
 * transaction read before, and keeps the row locked to the end of the transaction. Each raises the
 * cohort's version, so an entity read earlier cannot write stale counters back.
 */
@ApplicationScoped
class JpaSeats implements Seats {

  private static final List<CohortStatus> TAKING =
      Arrays.stream(CohortStatus.values()).filter(CohortStatus::takesEnrolments).toList();

  @PersistenceContext private EntityManager em;

  @Override
  public boolean take(long cohortId) {
    boolean taken =
        em.createQuery(
                    "update Cohort c set c.enrolledCount = c.enrolledCount + 1,"
                        + " c.version = c.version + 1"
                        + " where c.id = :id and c.enrolledCount < c.capacity"
                        + " and c.status in :taking")
                .setParameter("id", cohortId)
                .setParameter("taking", TAKING)
                .executeUpdate()
            == 1;
    if (taken) {
      current(cohortId);
    }
    return taken;
  }

  @Override
  public OptionalLong nextTicket(long cohortId) {
    int changed =
        em.createQuery(
                "update Cohort c set c.waitlistTickets = c.waitlistTickets + 1,"
                    + " c.version = c.version + 1 where c.id = :id and c.status in :taking")
            .setParameter("id", cohortId)
            .setParameter("taking", TAKING)
            .executeUpdate();
    if (changed == 0) {
      return OptionalLong.empty();
    }
    // the row is ours until the transaction ends: this reads the ticket just taken
    return OptionalLong.of(current(cohortId).waitlistTicketsIssued());
  }

  /**
   * The cohort of this transaction's persistence context, read again after an update of its row: a
   * later change in the same transaction (a withdrawal, a status change) then starts from the
   * stored counters and version, not from the copy read before the update.
   */
  private Cohort current(long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    em.refresh(cohort);
    return cohort;
  }
}
