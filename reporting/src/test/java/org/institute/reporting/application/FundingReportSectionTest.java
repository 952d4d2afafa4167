package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.records.FundingRow;
import org.institute.records.FundsColumns;
import org.institute.records.FundsFigure;
import org.junit.jupiter.api.Test;

class FundingReportSectionTest {

  private static FundsFigure figure(String amount, String currency) {
    return new FundsFigure(
        new BigDecimal(amount), currency, currency + " " + amount, List.of(), null);
  }

  private static FundsColumns columns(String sgd, String cny) {
    return new FundsColumns(null, figure(sgd, "SGD"), figure(cny, "CNY"));
  }

  private static FundingRow year(int year, String committedSgd, String disbursedSgd) {
    return new FundingRow(
        Integer.toString(year),
        columns(committedSgd, "0.00"),
        columns(disbursedSgd, "0.00"),
        columns("0.00", "0.00"));
  }

  private static final List<FundingRow> BY_YEAR =
      List.of(
          year(2021, "100.00", "100.00"),
          year(2022, "200.00", "50.50"),
          year(2023, "300.00", "0.00"));

  @Test
  void theYearIsItsOwnRowAndCumulativeSumsTheYearsUpToIt() {
    assertThat(FundingReportSection.inYear(BY_YEAR, 2022, FundingRow::committed, "SGD"))
        .isEqualByComparingTo("200.00");
    assertThat(FundingReportSection.cumulative(BY_YEAR, 2022, FundingRow::committed, "SGD"))
        .isEqualByComparingTo("300.00");
    assertThat(FundingReportSection.cumulative(BY_YEAR, 2022, FundingRow::disbursed, "SGD"))
        .isEqualByComparingTo("150.50");
  }

  @Test
  void aYearWithoutMoneyIsZeroNotEmpty() {
    assertThat(FundingReportSection.inYear(BY_YEAR, 2019, FundingRow::committed, "SGD"))
        .isEqualByComparingTo("0.00");
    assertThat(FundingReportSection.cumulative(BY_YEAR, 2019, FundingRow::committed, "CNY"))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void aSumThatMeetsAnAmountWithoutAnyRateIsLeftEmptyRatherThanShort() {
    FundsFigure noRate = new FundsFigure(null, "CNY", null, List.of(), LocalDate.of(2022, 3, 1));
    FundingRow withoutRate =
        new FundingRow(
            "2022",
            new FundsColumns(null, figure("5.00", "SGD"), noRate),
            columns("0.00", "0.00"),
            columns("0.00", "0.00"));
    List<FundingRow> rows = List.of(year(2021, "1.00", "0.00"), withoutRate);
    assertThat(FundingReportSection.cumulative(rows, 2022, FundingRow::committed, "CNY")).isNull();
    assertThat(FundingReportSection.cumulative(rows, 2021, FundingRow::committed, "CNY"))
        .isEqualByComparingTo("0.00");
    assertThat(FundingReportSection.cumulative(rows, 2022, FundingRow::committed, "SGD"))
        .isEqualByComparingTo("6.00");
  }
}
