package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A royalty report as its licensee files it: the period (by its first day), the lines of sales in
 * the deal's currency and a note. {@code amendsVersion} is empty for the period's first report and
 * names the version a correction amends (the one its author read).
 */
public record NewRoyaltyReport(
    LocalDate periodStart,
    String currency,
    List<SalesLine> lines,
    String note,
    Integer amendsVersion)
    implements Serializable {

  public NewRoyaltyReport {
    lines =
        lines == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lines));
  }

  /**
   * Sales of one product in one territory: units, gross sales and the deductions the terms allow
   * (returns, trade discounts, taxes); net sales are gross sales less deductions.
   */
  public record SalesLine(
      String product, String territory, Long units, BigDecimal grossSales, BigDecimal deductions)
      implements Serializable {

    /** Gross sales less deductions (none when absent). */
    public BigDecimal netSales() {
      return grossSales.subtract(deductions == null ? BigDecimal.ZERO : deductions);
    }
  }
}
