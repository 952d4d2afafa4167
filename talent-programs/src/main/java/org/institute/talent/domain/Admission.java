package org.institute.talent.domain;

/**
 * An enrolment as the cohort admitted it, not yet stored: seated, or waitlisted at {@code
 * waitlistPosition} (null when seated).
 */
public record Admission(Enrolment enrolment, Integer waitlistPosition) {}
