package org.institute.talent;

import java.io.Serializable;

/** A withdrawal and the waitlisted enrolment it promoted to the freed seat, if any. */
public record Withdrawal(EnrolmentResult withdrawn, EnrolmentResult promoted)
    implements Serializable {}
