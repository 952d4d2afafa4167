package org.institute.reporting;

/** What a caller may do with the institute's reports, for menus and page buttons. */
public enum ReportingAction {
  READ_KPIS,
  SET_KPI_TARGET,
  GENERATE_ANNUAL_REPORT
}
