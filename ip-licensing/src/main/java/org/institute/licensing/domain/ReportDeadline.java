package org.institute.licensing.domain;

import java.time.LocalDate;
import org.institute.licensing.ReportTimeliness;

/**
 * When a quarterly royalty report is due, and how its filing stands against that (decision 0104):
 * {@code days} after its period ends ({@code institute.licensing.report-due-days}, 30 by default,
 * the month most licence agreements give). Filed on the due date is on time.
 */
public final class ReportDeadline {

  /** Days after a period's end its report is due, unless configured otherwise. */
  public static final int DEFAULT_DAYS = 30;

  private ReportDeadline() {}

  public static LocalDate due(ReportingPeriod period, int days) {
    return period.end().plusDays(days);
  }

  /**
   * @param filedOn the day its first version was filed, or null when none is
   */
  public static ReportTimeliness timeliness(LocalDate due, LocalDate filedOn, LocalDate today) {
    if (filedOn != null) {
      return filedOn.isAfter(due) ? ReportTimeliness.LATE : ReportTimeliness.ON_TIME;
    }
    return today.isAfter(due) ? ReportTimeliness.OVERDUE : ReportTimeliness.NOT_DUE;
  }
}
