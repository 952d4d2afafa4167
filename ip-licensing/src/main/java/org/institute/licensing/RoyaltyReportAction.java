package org.institute.licensing;

/** What a reader may do to the royalty reports of a deal, or to one report. */
public enum RoyaltyReportAction {
  /** File the report of a period not reported yet. */
  FILE,
  /** File a correction of a report: a new version. */
  AMEND
}
