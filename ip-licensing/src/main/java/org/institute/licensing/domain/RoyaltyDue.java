package org.institute.licensing.domain;

import java.util.List;
import java.util.Objects;
import org.institute.core.Money;

/**
 * What a royalty report owes: the royalty of its net sales by tier ({@link RoyaltyRates}) and, for
 * the period that closes a licence year, the true-up to the annual minimum: what the year's
 * royalties fall short of the minimum. {@code due} is always the slices' royalties plus the
 * true-up, to the cent.
 */
public record RoyaltyDue(
    Money netSales, List<RoyaltyRates.Slice> slices, Money royalty, Money trueUp, Money due) {

  public RoyaltyDue {
    slices = List.copyOf(slices);
  }

  /**
   * The royalty of a period's {@code netSales}, the licence year having sold {@code soldBefore} and
   * owed {@code royaltyBefore} (without true-ups) in its earlier periods.
   */
  public static RoyaltyDue of(
      RoyaltyRates rates,
      Money annualMinimum,
      ReportingPeriod period,
      Money soldBefore,
      Money royaltyBefore,
      Money netSales) {
    Objects.requireNonNull(period, "period");
    List<RoyaltyRates.Slice> slices = rates.slices(soldBefore, netSales);
    Money royalty = Money.zero(netSales.currency());
    for (RoyaltyRates.Slice slice : slices) {
      royalty = royalty.plus(slice.royalty());
    }
    Money trueUp = Money.zero(netSales.currency());
    if (period.closesYear()) {
      Money shortfall = annualMinimum.minus(royaltyBefore.plus(royalty));
      if (shortfall.amount().signum() > 0) {
        trueUp = shortfall;
      }
    }
    return new RoyaltyDue(netSales, slices, royalty, trueUp, royalty.plus(trueUp));
  }
}
