package org.institute.talent;

/** The life of one participant's enrolment in one cohort. */
public enum EnrolmentState {
  /** Holds a seat. */
  ENROLLED,
  /** Waits for a seat, first come first served. */
  WAITLISTED,
  /** Left the cohort, or was removed; gave the seat (or waitlist place) back. */
  WITHDRAWN,
  /** Met the completion rule; the coordinator confirmed it and a certificate was issued. */
  COMPLETED,
  /** Did not meet the completion rule. */
  FAILED;

  /** Enrolled or waitlisted: the participant is in the cohort and may not be enrolled again. */
  public boolean isActive() {
    return this == ENROLLED || this == WAITLISTED;
  }
}
