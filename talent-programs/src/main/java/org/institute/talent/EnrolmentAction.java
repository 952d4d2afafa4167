package org.institute.talent;

/** What the caller may do to one enrolment of a roster ({@link RosterEntry#allowedActions()}). */
public enum EnrolmentAction {
  /** Record the assessment result (passed or not). */
  RECORD_ASSESSMENT,
  /** Confirm completion and issue the certificate, if the programme's rule is met. */
  COMPLETE,
  /** Record that the participant did not complete. */
  FAIL,
  /** Withdraw the enrolment (a freed seat goes to the waitlist). */
  WITHDRAW
}
