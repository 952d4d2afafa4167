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
