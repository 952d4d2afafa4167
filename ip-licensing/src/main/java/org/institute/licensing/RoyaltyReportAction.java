package org.institute.licensing;

/** What a reader may do to the royalty reports of a deal, or to one report. */
public enum RoyaltyReportAction {
  /** File the report of a period not reported yet. */
  FILE,
  /** File a correction of a report: a new version. */
  AMEND,
  /** Accept the version in force: its invoice is issued (licensing admins). */
  ACCEPT,
  /** Query the version in force with a question (licensing admins). */
  QUERY,
  /** Answer the open query, maybe with a correction (the licensee's staff, admins). */
  ANSWER
}
