package org.institute.reporting;

import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The annual report for the Governing Council, read through every module's published API as the
 * caller: admins, council members and auditors only.
 */
public interface AnnualReports {

  /** The first year of the institute (incepted 2015). */
  int FIRST_YEAR = 2015;

  /** A sane ceiling for the year asked for. */
  int LAST_YEAR = 2200;

  /**
   * Builds every section, calling {@code progress} with 0..90 as sections are done.
   *
   * @throws org.institute.core.InvalidCommandException for a year outside FIRST_YEAR..LAST_YEAR
   * @throws org.institute.core.AccessRefusedException for callers other than admins, council
   *     members and auditors
   */
  AnnualReport generate(int year, IntConsumer progress);

  /** What the caller may do with reports (menus and buttons ask this). */
  Set<ReportingAction> allowedActions();
}
