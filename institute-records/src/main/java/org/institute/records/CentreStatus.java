package org.institute.records;

/** Where a research centre stands: planned, running, or closed. */
public enum CentreStatus {
  PLANNED,
  ACTIVE,
  CLOSED
}
