package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.Money;
import org.junit.jupiter.api.Test;

class RoyaltyReportTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final ReportingPeriod Q1 =
      ReportingPeriod.of(
              LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2020, 6, 2))
          .get(0);
  private static final RoyaltyRates FIVE = RoyaltyRates.of(new BigDecimal("5"), List.of());
  private static final Instant AT = Instant.parse("2021-04-10T02:00:00Z");

  private static RoyaltyDue due(String sales) {
    Money zero = Money.zero(CNY);
    return RoyaltyDue.of(FIVE, zero, Q1, zero, zero, Money.of(new BigDecimal(sales), CNY));
  }

  private static List<ReportLine> lines(String gross) {
    return List.of(new ReportLine("Kit", "Guangdong", 10, new BigDecimal(gross), BigDecimal.ZERO));
  }

  private static RoyaltyReport filed() {
    return RoyaltyReport.file(
        7, 9, Q1, CNY, "huaxin.licensee", AT, null, lines("1000"), due("1000"));
  }

  @Test
  void theFirstFilingIsVersionOne() {
    RoyaltyReport report = filed();

    assertThat(report.current().number()).isEqualTo(1);
    assertThat(report.amended()).isFalse();
    assertThat(report.current().due(CNY).due()).isEqualTo(Money.of(new BigDecimal("50"), CNY));
    assertThat(report.period()).isEqualTo(Q1);
  }

  @Test
  void aCorrectionIsANewVersionAndKeepsTheFirst() {
    RoyaltyReport report = filed();

    report.amend(
        1, "huaxin.licensee", AT.plusSeconds(60), "returns missed", lines("800"), due("800"));

    assertThat(report.versions()).extracting(RoyaltyReportVersion::number).containsExactly(1, 2);
    assertThat(report.versions().get(0).lines().get(0).grossSales()).isEqualByComparingTo("1000");
    assertThat(report.current().note()).isEqualTo("returns missed");
    assertThat(report.current().due(CNY).due()).isEqualTo(Money.of(new BigDecimal("40"), CNY));
    assertThat(report.amended()).isTrue();
  }

  @Test
  void aCorrectionOfAnOlderVersionIsRefused() {
    RoyaltyReport report = filed();
    report.amend(1, "a", AT, null, lines("800"), due("800"));

    assertThatThrownBy(() -> report.amend(1, "b", AT, null, lines("900"), due("900")))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.royaltyReport.staleVersion");
    assertThat(report.versions()).hasSize(2);
  }
}
