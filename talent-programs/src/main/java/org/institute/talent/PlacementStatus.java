package org.institute.talent;

/** Where an NTU student's application for an internship position stands. */
public enum PlacementStatus {
  APPLIED,
  SHORTLISTED,
  OFFERED,
  ACCEPTED,
  COMPLETED,
  WITHDRAWN;

  /** Offered and accepted placements hold one of the position's places. */
  public boolean holdsPlace() {
    return this == OFFERED || this == ACCEPTED || this == COMPLETED;
  }
}
