package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.institute.core.Violation;
import org.institute.licensing.NewRoyaltyReport.SalesLine;
import org.institute.licensing.UploadPreview;

/**
 * The institute's royalty report template (docs/decisions/0101): a header row naming the columns
 * {@link #COLUMNS} (in any order, any case), then one row per product and territory. Reading it is
 * a dry run: each row becomes a line of sales checked by {@link RoyaltyReportCheck#line}, or a
 * refused row with its problems; blank rows are skipped. The bad rows never stop the good ones.
 */
public final class ReportTemplate {

  /** The columns, as the template's header names them. */
  public static final List<String> COLUMNS =
      org.institute.licensing.RoyaltyReports.TEMPLATE_COLUMNS;

  private ReportTemplate() {}

  /** Reads the cells of a file (rows of text), the header first. */
  public static UploadPreview read(List<List<String>> cells) {
    if (cells.isEmpty() || cells.get(0).stream().allMatch(ReportTemplate::blank)) {
      return new UploadPreview(List.of(), "licensing.royaltyReport.upload.empty");
    }
    int[] at = new int[COLUMNS.size()];
    java.util.Arrays.fill(at, -1);
    List<String> header = cells.get(0);
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c) == null ? "" : header.get(c).trim().toLowerCase(Locale.ROOT);
      for (int k = 0; k < COLUMNS.size(); k++) {
        if (COLUMNS.get(k).toLowerCase(Locale.ROOT).equals(name)) {
          at[k] = c;
        }
      }
    }
    for (int k = 0; k < 4; k++) {
      if (at[k] < 0) {
        return new UploadPreview(List.of(), "licensing.royaltyReport.upload.header");
      }
    }
    if (cells.size() - 1 > RoyaltyReportCheck.MAX_LINES) {
      return new UploadPreview(List.of(), "licensing.royaltyReport.lines.tooMany");
    }
    List<UploadPreview.Row> rows = new ArrayList<>();
    for (int r = 1; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      if (row.stream().allMatch(ReportTemplate::blank)) {
        continue;
      }
      List<Violation> problems = new ArrayList<>();
      String product = cell(row, at[0]);
      String territory = cell(row, at[1]);
      Long units = whole(cell(row, at[2]), problems);
      BigDecimal gross = amount(cell(row, at[3]), "grossSales", problems);
      BigDecimal deductions = at[4] < 0 ? null : amount(cell(row, at[4]), "deductions", problems);
      SalesLine line = new SalesLine(product, territory, units, gross, deductions);
      if (problems.isEmpty()) {
        RoyaltyReportCheck.line(line, "", problems);
      }
      rows.add(
          new UploadPreview.Row(
              r + 1,
              problems.isEmpty() ? line : null,
              problems.stream()
                  .map(v -> strip(v.field()) + ":" + v.messageKey())
                  .distinct()
                  .toList()));
    }
    return new UploadPreview(rows, null);
  }

  private static String strip(String field) {
    return field.startsWith(".") ? field.substring(1) : field;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String cell(List<String> row, int column) {
    if (column < 0 || column >= row.size() || blank(row.get(column))) {
      return null;
    }
    return row.get(column).trim();
  }

  private static Long whole(String text, List<Violation> problems) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(",", "")).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      problems.add(new Violation("units", "field.number"));
      return null;
    }
  }

  private static BigDecimal amount(String text, String field, List<Violation> problems) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "field.number"));
      return null;
    }
  }
}
