package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.Exclusivity;

/**
 * What the approval policy's conditions ask of a deal at its submission.
 *
 * @param value the deal's total value in its own currency
 * @param sgdInDealCurrency converts an SGD amount into the deal's currency at the submission date's
 *     rate; empty when that day has no rate
 * @param coOwned whether the licensed families have more than one co-owner
 * @param licenseeCountry the licensee's ISO 3166 country code
 */
public record DealFacts(
    Money value,
    Function<Money, Optional<Money>> sgdInDealCurrency,
    Exclusivity exclusivity,
    String territory,
    String fieldOfUse,
    boolean coOwned,
    String licenseeCountry) {

  /**
   * Whether the deal's value is above the SGD amount, compared in the deal's currency so that not a
   * cent is lost to rounding (the SGD amount converted at the submission date's rate).
   *
   * @throws InvalidCommandException when the deal is in another currency and the day has no rate
   */
  public boolean valueAbove(BigDecimal sgd) {
    Money limit = Money.of(sgd, java.util.Currency.getInstance("SGD"));
    if (!value.currency().equals(limit.currency())) {
      limit =
          sgdInDealCurrency
              .apply(limit)
              .orElseThrow(() -> InvalidCommandException.of(null, "licensing.deal.noRate"));
    }
    return value.compareTo(limit) > 0;
  }
}
