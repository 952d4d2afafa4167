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
 * A cohort's places taken by conditional updates of its counter row: {@code enrolled_count + 1
 * where enrolled_count < capacity}, else {@code waitlist_tickets + 1, waitlist_length + 1 where
 * enrolled_count >= capacity}. The database applies each to the latest committed row, whatever this
 * transaction read before, and keeps the row locked to the end of the transaction; the ticket and
 * the length are then read back from that row, which under the lock is this transaction's own
 * version on every isolation level (MariaDB's REPEATABLE READ included), never a stale snapshot.
 * Each update raises the cohort's version, so an entity read earlier cannot write stale counters
 * back (decision 0091).
 */
@ApplicationScoped
class JpaSeats implements Seats {

  private static final List<CohortStatus> TAKING =
      Arrays.stream(CohortStatus.values()).filter(CohortStatus::takesEnrolments).toList();

  /**
   * Rounds of "a seat? else a ticket?" before reading a cohort as closed: between the two updates a
   * concurrent withdrawal can free a seat (the ticket's condition then fails and the seat's holds);
   * two rounds failing means the cohort no longer takes enrolments.
   */
  private static final int ROUNDS = 3;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Place> claim(long cohortId) {
    return claim(cohortId, false);
  }

  @Override
  public Optional<Place> claim(long cohortId, boolean seatsLookTaken) {
    for (int round = 0; round < ROUNDS; round++) {
      // a cohort read full is most likely still full: its ticket first saves a statement while
      // the counter row is locked (the step every enrolment into the cohort waits for)
      boolean ticketFirst = seatsLookTaken && round == 0;
      if (ticketFirst) {
        Optional<Place> ticket = ticket(cohortId);
        if (ticket.isPresent()) {
          return ticket;
        }
      }
      if (update(
          "update Cohort c set c.enrolledCount = c.enrolledCount + 1, c.version = c.version + 1"
              + " where c.id = :id and c.enrolledCount < c.capacity and c.status in :taking",
          cohortId)) {
        current(cohortId);
        return Optional.of(Place.seat());
      }
      if (!ticketFirst) {
        Optional<Place> ticket = ticket(cohortId);
        if (ticket.isPresent()) {
          return ticket;
        }
      }
    }
    return Optional.empty();
  }

  /** The next waitlist ticket, when every seat is taken. */
  private Optional<Place> ticket(long cohortId) {
    if (update(
        "update Cohort c set c.waitlistTickets = c.waitlistTickets + 1,"
            + " c.waitlistLength = c.waitlistLength + 1, c.version = c.version + 1"
            + " where c.id = :id and c.enrolledCount >= c.capacity and c.status in :taking",
        cohortId)) {
      // the row is this transaction's until it ends: the newest ticket is last in line
      Cohort cohort = current(cohortId);
      return Optional.of(Place.waiting(cohort.waitlistTicketsIssued(), cohort.waitlistLength()));
    }
    return Optional.empty();
  }

  private boolean update(String jpql, long cohortId) {
    return em.createQuery(jpql)
            .setParameter("id", cohortId)
            .setParameter("taking", TAKING)
            .executeUpdate()
        == 1;
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
