package org.institute.talent.domain;

import java.util.OptionalLong;

/**
 * A cohort's two counters: seats taken and waitlist tickets handed out. Each method is one atomic
 * step against the stored cohort (a conditional update), so concurrent enrolments into one cohort
 * never overfill it and never share a ticket, without locking the cohort while they check the
 * participant and the programme. The step's row stays locked until the transaction ends, so a
 * rolled-back enrolment gives its seat or ticket back and tickets follow the commit order.
 */
public interface Seats {

  /**
   * Takes one seat of the cohort when one is free and the cohort takes enrolments.
   *
   * @return false when the cohort is full or no longer takes enrolments
   */
  boolean take(long cohortId);

  /**
   * Hands out the cohort's next waitlist ticket (1, 2, 3...).
   *
   * @return empty when the cohort no longer takes enrolments
   */
  OptionalLong nextTicket(long cohortId);
}
