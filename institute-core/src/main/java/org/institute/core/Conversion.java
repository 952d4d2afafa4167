package org.institute.core;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The outcome of converting money on a date, keeping the rate and the date it was quoted for so
 * that a report can show when an older rate had to stand in.
 */
public record Conversion(
    Money source, Money result, BigDecimal rate, LocalDate requestedDate, LocalDate rateDate)
    implements Serializable {

  public Conversion {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(rate, "rate must not be null");
    Objects.requireNonNull(requestedDate, "requestedDate must not be null");
    Objects.requireNonNull(rateDate, "rateDate must not be null");
  }

  /** A rate older than this many days before the money's date no longer stands for it. */
  public static final int STALE_AFTER_DAYS = 7;

  /**
   * Whether a rate of {@code rateDate} is too old to convert money of {@code on} without a warning:
   * more than {@value #STALE_AFTER_DAYS} days older. Pages and the API show it beside the figure.
   */
  public static boolean staleRate(LocalDate rateDate, LocalDate on) {
    return rateDate.plusDays(STALE_AFTER_DAYS).isBefore(on);
  }

  /** Whether this conversion had to use a rate more than a week older than the money's date. */
  public boolean staleRate() {
    return staleRate(rateDate, requestedDate);
  }

  /** True when no rate existed for the requested date and the latest earlier one was used. */
  public boolean usedEarlierRate() {
    return rateDate.isBefore(requestedDate);
  }
}
