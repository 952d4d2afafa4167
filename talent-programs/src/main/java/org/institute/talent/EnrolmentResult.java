package org.institute.talent;

import java.io.Serializable;

/**
 * The state of an enrolment after a command: enrolled, or waitlisted with its position (1 is next
 * in line); {@code waitlistPosition} is null unless waitlisted.
 */
public record EnrolmentResult(
    long enrolmentId,
    long cohortId,
    long participantId,
    EnrolmentState state,
    Integer waitlistPosition)
    implements Serializable {}
