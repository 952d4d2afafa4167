package org.institute.core;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Converts amounts at the rate of a date or, when there is none, the latest earlier one, from a set
 * of rates read once (a ledger converts hundreds of amounts with one read).
 */
@FunctionalInterface
public interface CurrencyConverter {

  /** Empty when no rate exists on or before the date. */
  Optional<Conversion> convert(Money money, Currency target, LocalDate on);
}
