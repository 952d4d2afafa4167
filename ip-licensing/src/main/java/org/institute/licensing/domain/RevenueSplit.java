package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.institute.core.Money;

/**
 * Splits money between co-owners. A deal may license several families owned in different shares;
 * each family counts equally, so a partner's weight is the sum of its shares in the deal's families
 * valid on the payment date. Money.allocate (largest remainder) makes the parts add up to the cent.
 */
public final class RevenueSplit {

  private final Map<Long, BigDecimal> weights;
  private final int families;

  private RevenueSplit(Map<Long, BigDecimal> weights, int families) {
    this.weights = weights;
    this.families = families;
  }

  /**
   * @param sharesPerFamily each family's shares on the payment date, by partner
   */
  public static RevenueSplit of(List<Map<Long, BigDecimal>> sharesPerFamily) {
    Map<Long, BigDecimal> weights = new TreeMap<>();
    int counted = 0;
    for (Map<Long, BigDecimal> shares : sharesPerFamily) {
      if (shares.isEmpty()) {
        continue;
      }
      counted++;
      shares.forEach((partner, percent) -> weights.merge(partner, percent, BigDecimal::add));
    }
    if (weights.isEmpty()) {
      throw new IllegalStateException("no family of the deal has an owner on that date");
    }
    return new RevenueSplit(weights, counted);
  }

  public List<Long> partners() {
    return List.copyOf(weights.keySet());
  }

  /** Each partner's percentage of the revenue (to six decimal places). */
  public List<BigDecimal> percents() {
    List<BigDecimal> percents = new ArrayList<>();
    weights
        .values()
        .forEach(
            w -> percents.add(w.divide(BigDecimal.valueOf(families), 6, RoundingMode.HALF_EVEN)));
    return percents;
  }

  /** The parts, in the order of {@link #partners()}; they sum exactly to {@code amount}. */
  public List<Money> split(Money amount) {
    return amount.allocate(List.copyOf(weights.values()));
  }
}
