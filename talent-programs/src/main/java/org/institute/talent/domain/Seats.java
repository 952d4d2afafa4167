package org.institute.talent.domain;

import java.util.Optional;

/**
 * A cohort's places, handed out one at a time by one atomic step against the stored counters: a
 * seat while one is free, else the next waitlist ticket. The step leaves the cohort's counter row
 * locked until the transaction ends, and the place it returns is read back under that lock, so
 * concurrent enrolments never overfill a cohort, never share a ticket and are told the positions 1,
 * 2, 3... in the order they commit, whatever the database's isolation level (decision 0091).
 */
public interface Seats {

  /**
   * Takes the next place in the cohort.
   *
   * @return empty when the cohort no longer takes enrolments
   */
  Optional<Place> claim(long cohortId);

  /**
   * A place in a cohort: a seat, or a waitlist ticket with the position in line it gives (the
   * holder of the newest ticket is last in line: the position is the number waiting).
   */
  record Place(boolean seated, long ticket, int position) {

    public static Place seat() {
      return new Place(true, 0, 0);
    }

    public static Place waiting(long ticket, int position) {
      if (ticket < 1 || position < 1 || position > ticket) {
        throw new IllegalArgumentException("ticket " + ticket + " at position " + position);
      }
      return new Place(false, ticket, position);
    }
  }
}
