package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A line of a royalty report: one product sold in one territory, units, gross sales and the
 * deductions the terms allow (returns, discounts, taxes), in the deal's currency. Its net sales are
 * gross sales less deductions.
 */
@Embeddable
public class ReportLine {

  @Column(nullable = false, length = 200)
  private String product;

  @Column(nullable = false, length = 100)
  private String territory;

  @Column(nullable = false)
  private long units;

  @Column(name = "gross_sales", nullable = false, precision = 19, scale = 2)
  private BigDecimal grossSales;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal deductions;

  protected ReportLine() {}

  public ReportLine(
      String product, String territory, long units, BigDecimal grossSales, BigDecimal deductions) {
    this.product = product;
    this.territory = territory;
    this.units = units;
    this.grossSales = grossSales;
    this.deductions = deductions;
  }

  public String product() {
    return product;
  }

  public String territory() {
    return territory;
  }

  public long units() {
    return units;
  }

  public BigDecimal grossSales() {
    return grossSales;
  }

  public BigDecimal deductions() {
    return deductions;
  }

  public BigDecimal netSales() {
    return grossSales.subtract(deductions);
  }
}
