package org.institute.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A published exchange rate: on {@code date}, one unit of {@code base} buys {@code rate} units of
 * {@code quote}.
 */
public record FxQuote(LocalDate date, Currency base, Currency quote, BigDecimal rate) {

  /** The first year the institute's records reach back to. */
  public static final int FIRST_YEAR = 1990;

  /**
   * Why a rate may not carry this date, or null when it may: a rate is observed, so it is dated
   * neither before {@value #FIRST_YEAR} ({@code date.outOfRange}) nor after today ({@code
   * fx.date.future}). The one home of this rule for the form, the API and the CSV import.
   */
  public static String dateProblem(LocalDate date, LocalDate today) {
    if (date.getYear() < FIRST_YEAR) {
      return "date.outOfRange";
    }
    if (date.isAfter(today)) {
      return "fx.date.future";
    }
    return null;
  }

  public FxQuote {
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(base, "base must not be null");
    Objects.requireNonNull(quote, "quote must not be null");
    Objects.requireNonNull(rate, "rate must not be null");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("Rate must be positive, got " + rate);
    }
    if (base.equals(quote)) {
      throw new IllegalArgumentException(
          "Base and quote currency must differ, got " + base.getCurrencyCode());
    }
  }
}
