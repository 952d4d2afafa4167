package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.institute.core.BilingualText;

/**
 * A patent family's costs to date: each cost, the total in SGD and in CNY (each cost converted at
 * the rate of its own date), and the same per paying co-owner, what each could recover from income.
 */
public record PatentCostSummary(
    long familyId,
    List<PatentCostView> costs,
    BigDecimal totalSgd,
    BigDecimal totalCny,
    List<PayerTotal> byPayer)
    implements Serializable {

  public PatentCostSummary {
    costs = List.copyOf(costs);
    byPayer = List.copyOf(byPayer);
  }

  /** What one co-owner paid for the family, in both currencies. */
  public record PayerTotal(
      long partnerId, String name, String nameZh, BigDecimal totalSgd, BigDecimal totalCny)
      implements Serializable {

    public String name(String languageTag) {
      return BilingualText.in(name, nameZh, languageTag);
    }
  }
}
