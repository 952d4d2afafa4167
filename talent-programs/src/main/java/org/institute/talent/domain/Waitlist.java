package org.institute.talent.domain;

import java.util.Optional;

/** A cohort's waitlist as the cohort needs it: who is first in line. */
public interface Waitlist {
  /** The waitlisted enrolment of the cohort with the lowest ticket, if any. */
  Optional<Enrolment> first(long cohortId);
}
