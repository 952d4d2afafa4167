package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.institute.talent.CohortStatus;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.Seats;

/**
 * A cohort's places taken by one conditional update of its counter row: while {@code enrolled_count
 * < capacity} a seat ({@code enrolled_count + 1}), else the next waitlist ticket ({@code
 * waitlist_tickets + 1, waitlist_length + 1}), with {@code last_claim_ticket} set to what was taken
 * (0 for a seat); nothing while the cohort does not take enrolments. The database applies the
 * update to the latest committed row, whatever this transaction read before, and keeps the row
 * locked to the end of the transaction; the place is then read back from that row, which under the
 * lock is this transaction's own version on every isolation level (MariaDB's REPEATABLE READ
 * included), never a stale snapshot. The update raises the cohort's version, so an entity read
 * earlier cannot write stale counters back (decision 0091).
 *
 * <p>The assignments come in an order that reads every counter before it is changed: MariaDB
 * evaluates them left to right, each seeing the ones before (H2 and the SQL standard see the row as
 * it was), so both answer the same.
 */
@ApplicationScoped
class JpaSeats implements Seats {

  private static final List<CohortStatus> TAKING =
      Arrays.stream(CohortStatus.values()).filter(CohortStatus::takesEnrolments).toList();

  private static final String CLAIM =
      "update Cohort c set"
          + " c.lastClaimTicket = case when c.enrolledCount < c.capacity then 0"
          + " else c.waitlistTickets + 1 end,"
          + " c.waitlistTickets = case when c.enrolledCount < c.capacity then c.waitlistTickets"
          + " else c.waitlistTickets + 1 end,"
          + " c.waitlistLength = case when c.enrolledCount < c.capacity then c.waitlistLength"
          + " else c.waitlistLength + 1 end,"
          + " c.enrolledCount = case when c.enrolledCount < c.capacity then c.enrolledCount + 1"
          + " else c.enrolledCount end,"
          + " c.version = c.version + 1"
          + " where c.id = :id and c.status in :taking";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Place> claim(long cohortId) {
    int claimed =
        em.createQuery(CLAIM)
            .setParameter("id", cohortId)
            .setParameter("taking", TAKING)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    // the row is this transaction's until it ends: the newest ticket is last in line
    Cohort cohort = current(cohortId);
    long ticket = cohort.lastClaimTicket();
    return Optional.of(ticket == 0 ? Place.seat() : Place.waiting(ticket, cohort.waitlistLength()));
  }

  /**
   * The cohort of this transaction's persistence context, read again after the update of its row:
   * the place taken is read from it, and a later change in the same transaction (a withdrawal, a
   * status change) starts from the stored counters and version, not from the copy read before.
   */
  private Cohort current(long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    em.refresh(cohort);
    return cohort;
  }
}
