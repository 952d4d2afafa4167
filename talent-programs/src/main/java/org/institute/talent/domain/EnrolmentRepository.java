package org.institute.talent.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.SearchText;
import org.institute.talent.EnrolmentState;

public interface EnrolmentRepository extends Waitlist {
  Optional<Enrolment> find(long id);

  Optional<Enrolment> find(long cohortId, long participantId);

  void add(Enrolment enrolment);

  /** Participants with an enrolment in the cohort, and its state. */
  Map<Long, EnrolmentState> participantsOf(long cohortId);

  /** 1 for the first in line. */
  int waitlistPosition(long cohortId, long ticket);

  /** A roster line: the enrolment, its participant, sessions attended and the certificate code. */
  record Line(
      Enrolment enrolment, Participant participant, long attended, String certificateCode) {}

  /** Every enrolment of the cohort with its participant, in the waitlist's order. */
  default List<Line> roster(long cohortId) {
    return roster(cohortId, null, null);
  }

  /**
   * The enrolments of the cohort whose participant the search finds (all when null), in the order's
   * field (name, email, organisation, state) and then by id; in the waitlist's order when the order
   * is null.
   */
  List<Line> roster(long cohortId, SearchText text, ListSort order);

  /** Enrolled (seat-holding) enrolments of the cohort with their participants. */
  List<Line> seated(long cohortId);

  long attended(long enrolmentId);
}
