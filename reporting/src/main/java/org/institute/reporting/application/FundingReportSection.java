package org.institute.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.Funding;
import org.institute.records.FundingOverview;
import org.institute.records.FundingQuery;
import org.institute.records.FundingRow;
import org.institute.records.FundsColumns;
import org.institute.records.FundsFigure;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportSection;

/**
 * Committed, disbursed and spent in SGD and CNY, in the year and since the institute began, for all
 * funders and for each. The figures are the by-year rows of the funding API (a commitment counts in
 * the year its period starts, a movement in the year of its date), so the report and {@code GET
 * /api/v1/funding} cannot disagree; a cumulative figure is the sum of the years up to the report's.
 */
@RequestScoped
public class FundingReportSection implements AnnualReportSection {

  @Inject private Funding funding;
  @Inject private PartnerDirectory partners;

  @Override
  public int order() {
    return 40;
  }

  @Override
  public ReportSection build(int year) {
    FundingOverview all = funding.overview(FundingQuery.all(), 0, 0);
    List<List<Object>> rows = new ArrayList<>();
    List<ReportSection.Bar> bars = new ArrayList<>();
    addRows(rows, "Total", all.byYear(), year);
    for (FundingRow funder : all.byFunder()) {
      PartnerId id = new PartnerId(Long.parseLong(funder.key()));
      String code = partners.find(id).map(PartnerSummary::code).orElse(funder.key());
      List<FundingRow> byYear = funding.overview(new FundingQuery(id, null, null), 0, 0).byYear();
      addRows(rows, code, byYear, year);
      BigDecimal committed = cumulative(byYear, year, FundingRow::committed, "SGD");
      BigDecimal disbursed = cumulative(byYear, year, FundingRow::disbursed, "SGD");
      if (committed != null && disbursed != null && committed.signum() > 0) {
        bars.add(
            new ReportSection.Bar(
                code,
                disbursed.longValue(),
                committed.longValue(),
                "SGD " + ReportNumbers.text(disbursed) + " / " + ReportNumbers.text(committed)));
      }
    }
    String span = AnnualReports.FIRST_YEAR + "–" + year;
    return new ReportSection(
        "funding",
        "Funding: committed, disbursed and spent",
        "资金：承诺、拨付与支出",
        List.of(
            new ReportSection.Note(
                "Each amount is converted at the rate of its own date. A commitment counts in the year"
                    + " its period starts; a disbursement or expenditure in the year it happened. "
                    + year
                    + " is the year alone, "
                    + span
                    + " everything up to its end.",
                "每笔金额按其发生日的汇率换算。承诺计入其期间开始的年份，拨付和支出计入发生的年份。"
                    + year
                    + "为当年数，"
                    + span
                    + "为截至当年年底的累计数。"),
            new ReportSection.Table(
                "Funding by funder",
                "按出资方的资金",
                List.of("Funder", "Period", "Currency", "Committed", "Disbursed", "Spent"),
                List.of("出资方", "期间", "币种", "承诺", "拨付", "支出"),
                rows),
            new ReportSection.Chart(
                "Disbursed against committed to the end of " + year + " (SGD)",
                "截至" + year + "年底已拨付与承诺（新元）",
                bars)));
  }

  /**
   * Four rows of one funder (or the total): the year and the cumulative figure, each in SGD and
   * CNY.
   */
  private static void addRows(
      List<List<Object>> rows, String funder, List<FundingRow> byYear, int year) {
    String span = AnnualReports.FIRST_YEAR + "–" + year;
    for (String currency : List.of("SGD", "CNY")) {
      rows.add(
          Arrays.asList(
              funder,
              Integer.toString(year),
              currency,
              inYear(byYear, year, FundingRow::committed, currency),
              inYear(byYear, year, FundingRow::disbursed, currency),
              inYear(byYear, year, FundingRow::spent, currency)));
    }
    for (String currency : List.of("SGD", "CNY")) {
      rows.add(
          Arrays.asList(
              funder,
              span,
              currency,
              cumulative(byYear, year, FundingRow::committed, currency),
              cumulative(byYear, year, FundingRow::disbursed, currency),
              cumulative(byYear, year, FundingRow::spent, currency)));
    }
  }

  static BigDecimal inYear(
      List<FundingRow> byYear,
      int year,
      Function<FundingRow, FundsColumns> column,
      String currency) {
    return sum(byYear, Integer.toString(year)::equals, column, currency);
  }

  static BigDecimal cumulative(
      List<FundingRow> byYear,
      int year,
      Function<FundingRow, FundsColumns> column,
      String currency) {
    return sum(byYear, key -> Integer.parseInt(key) <= year, column, currency);
  }

  /** Null when some amount had no rate at all: a partial sum would pass for the whole. */
  private static BigDecimal sum(
      List<FundingRow> byYear,
      java.util.function.Predicate<String> years,
      Function<FundingRow, FundsColumns> column,
      String currency) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (FundingRow row : byYear) {
      if (!years.test(row.key())) {
        continue;
      }
      FundsColumns columns = column.apply(row);
      FundsFigure figure = "SGD".equals(currency) ? columns.sgd() : columns.cny();
      if (figure == null || !figure.available()) {
        return null;
      }
      total = total.add(figure.amount());
    }
    return total;
  }
}
