package org.institute.talent;

/** A withdrawal and the waitlisted enrolment it promoted to the freed seat, if any. */
public record Withdrawal(EnrolmentResult withdrawn, EnrolmentResult promoted) {}
