package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.NewRoyaltyReport.SalesLine;
import org.junit.jupiter.api.Test;

class RoyaltyReportCheckTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final List<ReportingPeriod> PERIODS =
      ReportingPeriod.of(
          LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2020, 6, 2));
  private static final LocalDate TODAY = LocalDate.of(2021, 7, 15);

  private static SalesLine line(String gross, String deductions) {
    return new SalesLine(
        "Rapid test kit",
        "Guangdong",
        100L,
        gross == null ? null : new BigDecimal(gross),
        deductions == null ? null : new BigDecimal(deductions));
  }

  private static List<String> problems(NewRoyaltyReport report) {
    InvalidCommandException e =
        catchThrowableOfType(
            InvalidCommandException.class,
            () -> RoyaltyReportCheck.require(report, PERIODS, CNY, TODAY));
    return e == null
        ? List.of()
        : e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
  }

  @Test
  void aReportOfAnEndedPeriodInTheDealsCurrencyPasses() {
    ReportingPeriod period =
        RoyaltyReportCheck.require(
            new NewRoyaltyReport(
                LocalDate.of(2021, 4, 1), "CNY", List.of(line("1000", "50")), null, null),
            PERIODS,
            CNY,
            TODAY);

    assertThat(period.quarter()).isEqualTo(2);
  }

  @Test
  void aPeriodNotOfTheDealOrNotEndedIsRefused() {
    assertThat(
            problems(
                new NewRoyaltyReport(
                    LocalDate.of(2021, 2, 1), "CNY", List.of(line("1", "0")), null, null)))
        .containsExactly("periodStart:licensing.royaltyReport.period.unknown");
    assertThat(
            problems(
                new NewRoyaltyReport(
                    LocalDate.of(2021, 7, 1), "CNY", List.of(line("1", "0")), null, null)))
        .containsExactly("periodStart:licensing.royaltyReport.period.notEnded");
  }

  @Test
  void everyProblemIsNamedByItsField() {
    NewRoyaltyReport report =
        new NewRoyaltyReport(
            null,
            "SGD",
            List.of(
                new SalesLine(" ", null, -1L, new BigDecimal("10.001"), null),
                line("100", "100.01")),
            "x".repeat(1001),
            null);

    assertThat(problems(report))
        .containsExactlyInAnyOrder(
            "periodStart:field.required",
            "currency:licensing.royaltyReport.currency.notDeals",
            "note:field.tooLong",
            "lines[0].product:field.required",
            "lines[0].territory:field.required",
            "lines[0].units:licensing.royaltyReport.units.negative",
            "lines[0].grossSales:amount.tooPrecise",
            "lines[1].deductions:licensing.royaltyReport.deductions.exceedGross");
  }

  @Test
  void aReportWithoutLinesIsRefused() {
    assertThat(
            problems(new NewRoyaltyReport(LocalDate.of(2021, 1, 1), "CNY", List.of(), null, null)))
        .containsExactly("lines:licensing.royaltyReport.lines.required");
  }

  @Test
  void missingDeductionsCountAsNone() {
    List<ReportLine> lines = RoyaltyReportCheck.lines(List.of(line("250.50", null)));

    assertThat(lines.get(0).netSales()).isEqualByComparingTo("250.50");
  }

  /** Each limit holds exactly at its edge; a refused gross amount is the only problem named. */
  @Test
  void everyLimitIsExactAtItsEdgeAndABadGrossIsNamedAlone() {
    LocalDate q2 = LocalDate.of(2021, 4, 1);
    SalesLine longest =
        new SalesLine("p".repeat(200), "t".repeat(100), 0L, BigDecimal.ZERO, BigDecimal.ZERO);
    List<SalesLine> most =
        java.util.Collections.nCopies(RoyaltyReportCheck.MAX_LINES, line("1000", "50"));
    assertThat(problems(new NewRoyaltyReport(q2, "CNY", most, "n".repeat(1000), null))).isEmpty();
    assertThat(problems(new NewRoyaltyReport(q2, "CNY", List.of(longest), null, null))).isEmpty();

    SalesLine tooLong =
        new SalesLine("p".repeat(201), "t".repeat(101), 1L, BigDecimal.ONE, BigDecimal.ZERO);
    List<SalesLine> tooMany =
        java.util.Collections.nCopies(RoyaltyReportCheck.MAX_LINES + 1, line("1000", "50"));
    assertThat(problems(new NewRoyaltyReport(q2, "CNY", List.of(tooLong), "n".repeat(1001), null)))
        .containsExactlyInAnyOrder(
            "lines[0].product:field.tooLong",
            "lines[0].territory:field.tooLong",
            "note:field.tooLong");
    assertThat(problems(new NewRoyaltyReport(q2, "CNY", tooMany, null, null)))
        .containsExactly("lines:licensing.royaltyReport.lines.tooMany");

    // deductions are compared only with a gross amount that stands
    assertThat(problems(new NewRoyaltyReport(q2, "CNY", List.of(line(null, "5")), null, null)))
        .containsExactly("lines[0].grossSales:field.required");
    assertThat(problems(new NewRoyaltyReport(q2, "CNY", List.of(line("-5", "0")), null, null)))
        .containsExactly("lines[0].grossSales:amount.negative");
  }
}
