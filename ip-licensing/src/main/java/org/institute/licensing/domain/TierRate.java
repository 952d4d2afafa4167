package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.institute.licensing.RoyaltyTier;

/** A tier of a deal's royalty, as stored: its threshold of net sales and its rate. */
@Embeddable
public class TierRate {

  @Column(name = "from_net_sales", nullable = false, precision = 19, scale = 2)
  private BigDecimal fromNetSales;

  @Column(name = "rate_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal ratePercent;

  protected TierRate() {}

  TierRate(RoyaltyTier tier) {
    this.fromNetSales = tier.fromNetSales();
    this.ratePercent = tier.ratePercent();
  }

  public RoyaltyTier tier() {
    return new RoyaltyTier(fromNetSales, ratePercent);
  }
}
