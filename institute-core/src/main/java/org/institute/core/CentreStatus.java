package org.institute.core;

/** Where a research centre stands: planned, running, or closed. */
public enum CentreStatus {
  PLANNED,
  ACTIVE,
  CLOSED
}
