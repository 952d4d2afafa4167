package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.NewRoyaltyReport.SalesLine;

/**
 * The field rules of a royalty report, reporting every problem at once: a period of the deal that
 * has ended, the deal's currency, one to {@link #MAX_LINES} lines each naming a product and a
 * territory with units and amounts to the cent, deductions no larger than the gross sales.
 */
public final class RoyaltyReportCheck {

  public static final int MAX_LINES = 200;
  private static final BigDecimal MAX_AMOUNT = DealTermsCheck.MAX_AMOUNT;

  private RoyaltyReportCheck() {}

  /**
   * The period the report names, once every field is right.
   *
   * @throws InvalidCommandException naming every problem
   */
  public static ReportingPeriod require(
      NewRoyaltyReport report, List<ReportingPeriod> periods, Currency currency, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (report == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    Optional<ReportingPeriod> period = Optional.empty();
    if (report.periodStart() == null) {
      problems.add(new Violation("periodStart", "field.required"));
    } else {
      period = periods.stream().filter(p -> p.start().equals(report.periodStart())).findFirst();
      if (period.isEmpty()) {
        problems.add(new Violation("periodStart", "licensing.royaltyReport.period.unknown"));
      } else if (!period.get().end().isBefore(today)) {
        problems.add(new Violation("periodStart", "licensing.royaltyReport.period.notEnded"));
      }
    }
    if (report.currency() == null || !report.currency().trim().equals(currency.getCurrencyCode())) {
      problems.add(new Violation("currency", "licensing.royaltyReport.currency.notDeals"));
    }
    if (report.note() != null && report.note().length() > 1000) {
      problems.add(new Violation("note", "field.tooLong"));
    }
    lines(report.lines(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return period.orElseThrow();
  }

  private static void lines(List<SalesLine> lines, List<Violation> problems) {
    if (lines.isEmpty()) {
      problems.add(new Violation("lines", "licensing.royaltyReport.lines.required"));
      return;
    }
    if (lines.size() > MAX_LINES) {
      problems.add(new Violation("lines", "licensing.royaltyReport.lines.tooMany"));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      line(lines.get(i), "lines[" + i + "]", problems);
    }
  }

  /** The rules of one line of sales, its problems named under {@code field} ({@code lines[0]}). */
  public static void line(SalesLine line, String field, List<Violation> problems) {
    if (line == null) {
      problems.add(new Violation(field, "field.required"));
      return;
    }
    text(line.product(), field + ".product", 200, problems);
    text(line.territory(), field + ".territory", 100, problems);
    if (line.units() == null) {
      problems.add(new Violation(field + ".units", "field.required"));
    } else if (line.units() < 0) {
      problems.add(new Violation(field + ".units", "licensing.royaltyReport.units.negative"));
    }
    boolean gross = amount(line.grossSales(), field + ".grossSales", true, problems);
    boolean deductions = amount(line.deductions(), field + ".deductions", false, problems);
    if (gross
        && deductions
        && line.deductions() != null
        && line.deductions().compareTo(line.grossSales()) > 0) {
      problems.add(
          new Violation(field + ".deductions", "licensing.royaltyReport.deductions.exceedGross"));
    }
  }

  private static void text(String value, String field, int max, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Violation(field, "field.required"));
    } else if (value.length() > max) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }

  private static boolean amount(
      BigDecimal value, String field, boolean required, List<Violation> problems) {
    if (value == null) {
      if (required) {
        problems.add(new Violation(field, "field.required"));
        return false;
      }
      return true;
    }
    if (value.signum() < 0) {
      problems.add(new Violation(field, "amount.negative"));
    } else if (value.compareTo(MAX_AMOUNT) >= 0) {
      problems.add(new Violation(field, "amount.outOfRange"));
    } else if (value.stripTrailingZeros().scale() > 2) {
      problems.add(new Violation(field, "amount.tooPrecise"));
    } else {
      return true;
    }
    return false;
  }

  /** The lines as the report keeps them: trimmed, deductions zero when absent. */
  public static List<ReportLine> lines(List<SalesLine> lines) {
    return lines.stream()
        .map(
            l ->
                new ReportLine(
                    l.product().trim(),
                    l.territory().trim(),
                    l.units(),
                    l.grossSales(),
                    l.deductions() == null ? BigDecimal.ZERO : l.deductions()))
        .toList();
  }
}
