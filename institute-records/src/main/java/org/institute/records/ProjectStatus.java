package org.institute.records;

/** The life of a research project, from proposal to its end. */
public enum ProjectStatus {
  PROPOSED,
  APPROVED,
  ACTIVE,
  COMPLETED,
  TERMINATED;

  /** Every status past a proposal needs the council's approval on record. */
  public boolean needsApproval() {
    return this != PROPOSED;
  }
}
