package org.institute.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.institute.core.Conversion;
import org.institute.core.Money;

/**
 * Converts money using the latest published rate on or before a date, falling back to the inverse
 * of the opposite pair when only that was published.
 */
public final class FxRateTable implements org.institute.core.CurrencyConverter {

  private final Map<Pair, NavigableMap<LocalDate, BigDecimal>> ratesByPair = new HashMap<>();

  public FxRateTable(Collection<FxQuote> quotes) {
    Objects.requireNonNull(quotes, "quotes must not be null");
    for (FxQuote quote : quotes) {
      add(Objects.requireNonNull(quote, "quotes must not contain null"));
    }
  }

  /**
   * Converts {@code money} into {@code target} at the rate in force on {@code on}.
   *
   * @return empty when neither the pair nor its inverse has a rate on or before {@code on}
   * @throws IllegalArgumentException if {@code target} is not a supported money currency
   */
  @Override
  public Optional<Conversion> convert(Money money, Currency target, LocalDate on) {
    Objects.requireNonNull(money, "money must not be null");
    Money.requireSupported(target);
    Objects.requireNonNull(on, "on must not be null");
    if (money.currency().equals(target)) {
      return Optional.of(new Conversion(money, money, BigDecimal.ONE, on, on));
    }
    return rateOn(money.currency(), target, on)
        .map(
            rate ->
                new Conversion(
                    money,
                    Money.of(money.amount().multiply(rate.value()), target),
                    rate.value(),
                    on,
                    rate.date()));
  }

  private void add(FxQuote quote) {
    NavigableMap<LocalDate, BigDecimal> byDate =
        ratesByPair.computeIfAbsent(new Pair(quote.base(), quote.quote()), pair -> new TreeMap<>());
    BigDecimal existing = byDate.putIfAbsent(quote.date(), quote.rate());
    // Two different rates for the same pair and day would make conversions depend on input order.
    if (existing != null && existing.compareTo(quote.rate()) != 0) {
      throw new IllegalArgumentException(
          "Conflicting rates for "
              + quote.base().getCurrencyCode()
              + "/"
              + quote.quote().getCurrencyCode()
              + " on "
              + quote.date()
              + ": "
              + existing
              + " and "
              + quote.rate());
    }
  }

  private Optional<DatedRate> rateOn(Currency from, Currency to, LocalDate on) {
    Optional<DatedRate> direct = latestOnOrBefore(new Pair(from, to), on);
    Optional<DatedRate> inverse = latestOnOrBefore(new Pair(to, from), on).map(DatedRate::inverted);
    if (direct.isEmpty()) {
      return inverse;
    }
    if (inverse.isEmpty() || !inverse.get().date().isAfter(direct.get().date())) {
      return direct;
    }
    return inverse;
  }

  private Optional<DatedRate> latestOnOrBefore(Pair pair, LocalDate on) {
    NavigableMap<LocalDate, BigDecimal> byDate = ratesByPair.get(pair);
    if (byDate == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byDate.floorEntry(on))
        .map(entry -> new DatedRate(entry.getKey(), entry.getValue()));
  }

  private record Pair(Currency base, Currency quote) {}

  private record DatedRate(LocalDate date, BigDecimal value) {
    DatedRate inverted() {
      return new DatedRate(date, BigDecimal.ONE.divide(value, MathContext.DECIMAL64));
    }
  }
}
