package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import org.institute.core.Money;

/** One slice of a filed report's royalty, as computed when it was filed ({@link RoyaltyRates}). */
@Embeddable
public class TierAmount {

  @Column(name = "from_net_sales", nullable = false, precision = 19, scale = 2)
  private BigDecimal fromNetSales;

  @Column(name = "rate_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal ratePercent;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal sales;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal royalty;

  protected TierAmount() {}

  TierAmount(RoyaltyRates.Slice slice) {
    this.fromNetSales = slice.fromNetSales();
    this.ratePercent = slice.ratePercent();
    this.sales = slice.sales().amount();
    this.royalty = slice.royalty().amount();
  }

  public RoyaltyRates.Slice slice(Currency currency) {
    return new RoyaltyRates.Slice(
        fromNetSales, ratePercent, Money.of(sales, currency), Money.of(royalty, currency));
  }
}
