package org.institute.talent;

/** Where a cohort (intake) stands. Enrolment is possible while it is open or running. */
public enum CohortStatus {
  PLANNED,
  OPEN,
  RUNNING,
  COMPLETED,
  CANCELLED;

  public boolean takesEnrolments() {
    return this == OPEN || this == RUNNING;
  }

  /** A completed or cancelled cohort changes no more. */
  public boolean isClosed() {
    return this == COMPLETED || this == CANCELLED;
  }
}
