package org.institute.talent;

import java.io.Serializable;
import java.time.Instant;

/**
 * A participant joined a full cohort's waitlist at {@code position} (1 = next in line). Published
 * inside the transaction that queued them; not published for the rows of a bulk enrolment file
 * (decision 0075). Taking a freed seat later is an {@link EnrolmentConfirmed} with {@code
 * fromWaitlist}.
 */
public record EnrolmentWaitlisted(
    long enrolmentId, long cohortId, long participantId, Integer position, Instant waitlistedAt)
    implements Serializable {}
