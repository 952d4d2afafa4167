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
}
