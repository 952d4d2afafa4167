package org.institute.talent;

import java.util.Set;
import org.institute.core.ConflictException;

/**
 * Enrolment into cohorts with a FIFO waitlist, attendance, assessment and completion. Writes are
 * for coordinators and admins; each is audited.
 */
public interface Enrolments {

  /**
   * Enrols a participant: a seat if one is free, else the end of the waitlist. Safe under
   * concurrent requests: the capacity is never exceeded and waitlist order is commit order.
   */
  EnrolmentResult enrol(long cohortId, long participantId);

  /**
   * Registers a newcomer and enrols them, in one transaction: when the enrolment is refused (the
   * cohort takes no enrolments, the programme does not admit them), nobody is registered either.
   */
  EnrolmentResult registerAndEnrol(long cohortId, NewParticipant participant);

  /** Withdraws an enrolment; a freed seat goes to the first waitlisted, who is told by e-mail. */
  Withdrawal withdraw(long cohortId, long enrolmentId);

  Roster roster(long cohortId);

  /** The fields {@link #roster(long, String, String)} sorts the seated by. */
  java.util.List<String> ROSTER_SORTS = java.util.List.of("name", "email", "organisation", "state");

  /** The seated by name, as the roster always showed them. */
  org.institute.core.ListSort ROSTER_SORT = org.institute.core.ListSort.ascending("name");

  /**
   * The roster with only the people the search finds (a name in either script, the e-mail, the
   * organisation; in SQL), the seated sorted by one of {@link #ROSTER_SORTS} ({@code name,desc};
   * blank is {@link #ROSTER_SORT}); the waitlist stays in its order with each one's place in the
   * whole line, the withdrawn by name (decision 0085).
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} or {@code q}
   */
  Roster roster(long cohortId, String text, String sort);

  AttendanceSheet attendance(long cohortId, long sessionId);

  /** Marks every seated participant present at the session except those in {@code absent}. */
  AttendanceSheet recordAttendance(long cohortId, long sessionId, Set<Long> absent);

  EnrolmentResult recordAssessment(long cohortId, long enrolmentId, boolean passed);

  /**
   * Confirms completion if the programme's rule is met (attendance and assessment) and issues the
   * certificate; refuses with a {@link ConflictException} otherwise. Before the cohort's last
   * session has ended it needs a reason, which is audited (refused naming the field {@code reason}
   * without one).
   */
  CertificateView complete(long cohortId, long enrolmentId, String earlyReason);

  /** A completion once the course is over. */
  default CertificateView complete(long cohortId, long enrolmentId) {
    return complete(cohortId, enrolmentId, null);
  }

  /** Records that the participant did not complete; the seat is not given to the waitlist. */
  EnrolmentResult fail(long cohortId, long enrolmentId);
}
