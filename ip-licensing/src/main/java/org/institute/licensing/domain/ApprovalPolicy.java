package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.institute.core.Money;

/**
 * How many different admins must approve a deal: one, or two when the deal's total value exceeds
 * the threshold. The threshold is set in SGD; a CNY deal is compared with the threshold's CNY
 * equivalent at the submission date, which the caller supplies.
 */
public record ApprovalPolicy(Money thresholdSgd) {

  public static final BigDecimal DEFAULT_THRESHOLD_SGD = new BigDecimal("500000");

  public ApprovalPolicy {
    Objects.requireNonNull(thresholdSgd, "thresholdSgd");
    if (!thresholdSgd.currency().getCurrencyCode().equals("SGD") || thresholdSgd.isNegative()) {
      throw new IllegalArgumentException(
          "the threshold is a non-negative SGD amount: " + thresholdSgd);
    }
  }

  /**
   * @param value the deal's total value in its own currency
   * @param thresholdInDealCurrency the threshold converted to the deal's currency at the submission
   *     date
   */
  public int requiredApprovals(Money value, Money thresholdInDealCurrency) {
    if (!value.currency().equals(thresholdInDealCurrency.currency())) {
      throw new IllegalArgumentException(
          "compare in one currency: " + value + " vs " + thresholdInDealCurrency);
    }
    return value.compareTo(thresholdInDealCurrency) > 0 ? 2 : 1;
  }
}
