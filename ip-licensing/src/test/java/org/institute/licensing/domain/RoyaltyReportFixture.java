package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.institute.core.Money;

/** A royalty report filed for the first quarter, and its parts: where the report tests start. */
final class RoyaltyReportFixture {

  static final Currency CNY = Currency.getInstance("CNY");
  static final ReportingPeriod Q1 =
      ReportingPeriod.of(
              LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2020, 6, 2))
          .get(0);
  static final RoyaltyRates FIVE = RoyaltyRates.of(new BigDecimal("5"), List.of());
  static final Instant AT = Instant.parse("2021-04-10T02:00:00Z");

  static RoyaltyDue due(String sales) {
    Money zero = Money.zero(CNY);
    return RoyaltyDue.of(FIVE, zero, Q1, zero, zero, Money.of(new BigDecimal(sales), CNY));
  }

  static List<ReportLine> lines(String gross) {
    return List.of(new ReportLine("Kit", "Guangdong", 10, new BigDecimal(gross), BigDecimal.ZERO));
  }

  static RoyaltyReport filed() {
    return RoyaltyReport.file(
        7, 9, Q1, CNY, "huaxin.licensee", AT, null, lines("1000"), due("1000"));
  }

  private RoyaltyReportFixture() {}
}
