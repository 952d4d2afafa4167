package org.institute.talent;

import java.io.Serializable;
import java.time.Instant;

/**
 * A participant holds a seat in a cohort: enrolled directly, registered and enrolled, or moved up
 * from the waitlist when a seat was freed ({@code fromWaitlist}). Published inside the transaction
 * that seated them; not published for the rows of a bulk enrolment file (decision 0075).
 */
public record EnrolmentConfirmed(
    long enrolmentId, long cohortId, long participantId, boolean fromWaitlist, Instant confirmedAt)
    implements Serializable {}
