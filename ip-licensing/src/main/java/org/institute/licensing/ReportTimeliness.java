package org.institute.licensing;

/**
 * How a reporting period's royalty report stands against its due date (decision 0104): filed by the
 * due date, filed after it, not filed and past it, or not filed and not yet due.
 */
public enum ReportTimeliness {
  ON_TIME,
  LATE,
  OVERDUE,
  NOT_DUE
}
