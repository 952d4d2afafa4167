package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.institute.core.Money;
import org.institute.licensing.RoyaltyTier;

/**
 * The royalty rates of a deal: the base rate from the first unit of net sales and, where the terms
 * have tiers, each tier's rate from its threshold of cumulative net sales in the licence year. A
 * period's net sales are cut into slices at the thresholds its sales cross, given what the licence
 * year had sold before it; each slice's royalty is its sales times its rate, rounded to the cent
 * (half-even, as {@link Money} rounds); the period's royalty is the sum of the slices' royalties.
 */
public final class RoyaltyRates {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** One part of a period's net sales taxed at one rate. */
  public record Slice(
      BigDecimal fromNetSales, BigDecimal ratePercent, Money sales, Money royalty) {}

  private final List<RoyaltyTier> steps;

  private RoyaltyRates(List<RoyaltyTier> steps) {
    this.steps = steps;
  }

  /** The base rate from zero, then the tiers (valid terms: thresholds ascending and positive). */
  public static RoyaltyRates of(BigDecimal basePercent, List<RoyaltyTier> tiers) {
    Objects.requireNonNull(basePercent, "basePercent");
    List<RoyaltyTier> steps = new ArrayList<>();
    steps.add(new RoyaltyTier(BigDecimal.ZERO, basePercent));
    BigDecimal previous = BigDecimal.ZERO;
    for (RoyaltyTier tier : tiers) {
      if (tier.fromNetSales().compareTo(previous) <= 0) {
        throw new IllegalArgumentException("tiers must ascend from above zero: " + tiers);
      }
      previous = tier.fromNetSales();
      steps.add(tier);
    }
    return new RoyaltyRates(List.copyOf(steps));
  }

  /** The rates as steps, the first from zero at the base rate. */
  public List<RoyaltyTier> steps() {
    return steps;
  }

  /**
   * The slices of {@code netSales} (not negative) sold after {@code soldBefore} in the licence
   * year, one per rate they reach; an empty period gives the one slice of nothing at the rate in
   * force.
   */
  public List<Slice> slices(Money soldBefore, Money netSales) {
    if (netSales.isNegative() || soldBefore.isNegative()) {
      throw new IllegalArgumentException("net sales must not be negative");
    }
    Currency currency = netSales.currency();
    BigDecimal from = soldBefore.amount();
    BigDecimal to = from.add(netSales.amount());
    List<Slice> slices = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      BigDecimal stepStart = steps.get(i).fromNetSales();
      BigDecimal stepEnd = i + 1 < steps.size() ? steps.get(i + 1).fromNetSales() : null;
      BigDecimal lower = from.max(stepStart);
      BigDecimal upper = stepEnd == null ? to : to.min(stepEnd);
      boolean inForce = stepEnd == null || from.compareTo(stepEnd) < 0;
      if (upper.compareTo(lower) > 0 || (netSales.isZero() && inForce && slices.isEmpty())) {
        BigDecimal rate = steps.get(i).ratePercent();
        Money sales = Money.of(upper.subtract(lower).max(BigDecimal.ZERO), currency);
        Money royalty = sales.times(rate.divide(HUNDRED));
        slices.add(new Slice(stepStart, rate, sales, royalty));
      }
    }
    return List.copyOf(slices);
  }
}
