package org.institute.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Daily exchange rates (SGD and CNY) and conversion at a date. */
public interface ExchangeRates {

  /** Records (or corrects) the rate of one base unit in quote units on a date. Audited. */
  void recordRate(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source);

  /**
   * Converts at the rate of that date or, when there is none, the latest earlier one; the result
   * says which date's rate was used. Empty when no rate exists on or before the date.
   */
  Optional<Conversion> convert(Money money, Currency target, LocalDate on);

  /**
   * Every rate between two currencies (both directions), read once, for many conversions in one use
   * case.
   */
  CurrencyConverter converterBetween(Currency one, Currency other);
}
