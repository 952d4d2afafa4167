package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.institute.licensing.DistributionTier;

/** A tier of a distribution policy as stored. */
@Embeddable
public class TierEntry {

  @Column(name = "from_sgd", nullable = false, precision = 19, scale = 2)
  private BigDecimal fromSgd;

  @Column(name = "inventors_percent", nullable = false, precision = 5, scale = 2)
  private BigDecimal inventorsPercent;

  protected TierEntry() {}

  TierEntry(DistributionTier tier) {
    this.fromSgd = tier.fromSgd().setScale(2);
    this.inventorsPercent = tier.inventorsPercent().setScale(2);
  }

  public DistributionTier tier() {
    return new DistributionTier(fromSgd, inventorsPercent);
  }
}
