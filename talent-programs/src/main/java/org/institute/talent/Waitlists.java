package org.institute.talent;

import java.io.Serializable;

/**
 * People waiting for a seat in the cohorts still taking enrolments whose enrolments the caller
 * manages: how many cohorts have a waitlist, how many people wait in all, and the cohort when there
 * is exactly one.
 */
public record Waitlists(long cohorts, long people, Long onlyCohort) implements Serializable {

  public static final Waitlists NONE = new Waitlists(0, 0, null);
}
