package org.institute.core.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

public interface FxRateRepository {
  Optional<FxRate> find(LocalDate date, Currency base, Currency quote);

  void add(FxRate rate);

  /** The latest quotes on or before the date for the pair, in either direction. */
  List<FxQuote> latestOnOrBefore(LocalDate date, Currency a, Currency b);

  /** Every quote of the pair, in either direction: enough to convert at any date at once. */
  List<FxQuote> all(Currency a, Currency b);

  /** Newest first, then by pair. */
  List<FxRate> page(int firstResult, int maxResults);

  long count();

  /** The SGD-based rates of the days in the range, by day. */
  List<FxRate> between(LocalDate from, LocalDate to, Currency base, Currency quote);
}
