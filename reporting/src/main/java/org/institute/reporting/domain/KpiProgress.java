package org.institute.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.institute.reporting.KpiStatus;

/**
 * The arithmetic of a KPI on a given day: progress in whole percent (rounded down, so 99.6% never
 * shows as done), a straight-line forecast of the actual at the period's end (the pace so far,
 * counted in days, carried over the whole period) and the status that follows.
 */
public record KpiProgress(int progress, long forecast, KpiStatus status) {

  public static KpiProgress of(
      long target, long actual, LocalDate from, LocalDate to, LocalDate today) {
    if (target <= 0) {
      throw new IllegalArgumentException("a target is positive, was " + target);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends on or after its start");
    }
    int progress =
        BigDecimal.valueOf(actual)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(target), 0, RoundingMode.DOWN)
            .min(BigDecimal.valueOf(Integer.MAX_VALUE))
            .intValue();
    long forecast = forecast(actual, from, to, today);
    KpiStatus status;
    if (actual >= target) {
      status = KpiStatus.ACHIEVED;
    } else if (today.isAfter(to)) {
      status = KpiStatus.MISSED;
    } else if (forecast >= target) {
      status = KpiStatus.ON_TRACK;
    } else {
      status = KpiStatus.AT_RISK;
    }
    return new KpiProgress(progress, forecast, status);
  }

  /**
   * The actual so far scaled by whole period over elapsed days. Before the period starts nothing
   * has elapsed and the forecast is the actual (records dated ahead, if any); after it ends, the
   * actual.
   */
  static long forecast(long actual, LocalDate from, LocalDate to, LocalDate today) {
    long total = ChronoUnit.DAYS.between(from, to) + 1;
    if (today.isBefore(from)) {
      return actual;
    }
    long elapsed = ChronoUnit.DAYS.between(from, today.isAfter(to) ? to : today) + 1;
    return BigDecimal.valueOf(actual)
        .multiply(BigDecimal.valueOf(total))
        .divide(BigDecimal.valueOf(elapsed), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }
}
