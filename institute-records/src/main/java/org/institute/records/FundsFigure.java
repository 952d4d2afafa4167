package org.institute.records;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.Money;

/**
 * An amount in one currency. When it was converted, {@code earlierRateDates} names the rates that
 * stood in for days without one (empty when every day had its own rate); when some day had no rate
 * at all, the amount is null and {@code noRateOn} is the first such day.
 */
public record FundsFigure(
    BigDecimal amount,
    String currency,
    String formatted,
    List<LocalDate> earlierRateDates,
    LocalDate noRateOn)
    implements Serializable {

  public FundsFigure {
    earlierRateDates = List.copyOf(earlierRateDates);
  }

  public static FundsFigure of(Money money) {
    return new FundsFigure(
        money.amount(), money.currency().getCurrencyCode(), money.toString(), List.of(), null);
  }

  public boolean available() {
    return amount != null;
  }

  public boolean usedEarlierRate() {
    return !earlierRateDates.isEmpty();
  }
}
