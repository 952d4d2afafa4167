package org.institute.reporting.application;

import org.institute.reporting.ReportSection;

/**
 * A section of the annual report. Each is a CDI bean; the report finds them all and orders them by
 * {@link #order}, so a new section (funding, space) is one more bean and no change elsewhere. A
 * section reads the modules through their published APIs, as the caller.
 */
public interface AnnualReportSection {

  /**
   * Where the section stands: lower first. KPIs 10, research 20, licensing 30, funding 40, space
   * 50.
   */
  int order();

  ReportSection build(int year);
}
