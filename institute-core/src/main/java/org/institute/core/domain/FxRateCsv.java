package org.institute.core.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;

/**
 * Reads a CSV of daily SGD/CNY rates: a header {@code date,rate}, then one line per day with an ISO
 * date and the CNY that one SGD buys. Either every line is good, or the whole file is refused with
 * one violation per bad line (field {@code line N}); blank lines are skipped and a day given twice
 * with the same rate counts once.
 */
public final class FxRateCsv {

  public static final int MAX_ROWS = 20_000;
  static final int MAX_REPORTED = 100;
  private static final BigDecimal MAX_RATE = new BigDecimal("1000");
  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  private FxRateCsv() {}

  /**
   * The rates in date order, or an {@link InvalidCommandException} naming every bad line. A rate
   * dated after {@code today} is refused: rates are observed, not forecast.
   */
  public static List<FxQuote> parse(String csv, LocalDate today) {
    String text = csv == null ? "" : csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    if (text.isBlank()) {
      throw InvalidCommandException.of("file", "fx.csv.empty");
    }
    List<Violation> problems = new ArrayList<>();
    Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
    // Empty lines are kept as records so that record numbers stay line numbers.
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      boolean header = true;
      for (CSVRecord r : parser) {
        long line = r.getRecordNumber();
        if (header) {
          header = false;
          if (r.size() != 2
              || !r.get(0).equalsIgnoreCase("date")
              || !r.get(1).equalsIgnoreCase("rate")) {
            problems.add(new Violation("line " + line, "fx.csv.header"));
            break;
          }
          continue;
        }
        if (r.size() == 1 && r.get(0).isEmpty()) {
          continue;
        }
        if (byDate.size() >= MAX_ROWS) {
          throw InvalidCommandException.of("file", "fx.csv.tooManyRows");
        }
        String problem = check(r, byDate, today);
        if (problem != null) {
          problems.add(new Violation("line " + line, problem));
        } else if (!byDate.containsKey(LocalDate.parse(r.get(0)))) {
          byDate.put(LocalDate.parse(r.get(0)), new BigDecimal(r.get(1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException malformed) {
      // Commons CSV reports an unclosed quote this way
      problems.add(new Violation("file", "fx.csv.malformed"));
    }
    if (!problems.isEmpty()) {
      List<Violation> shown =
          new ArrayList<>(problems.subList(0, Math.min(problems.size(), MAX_REPORTED)));
      if (problems.size() > MAX_REPORTED) {
        shown.add(new Violation("file", "fx.csv.moreErrors"));
      }
      throw new InvalidCommandException(shown);
    }
    if (byDate.isEmpty()) {
      throw InvalidCommandException.of("file", "fx.csv.empty");
    }
    return byDate.entrySet().stream()
        .map(e -> new FxQuote(e.getKey(), SGD, CNY, e.getValue()))
        .toList();
  }

  private static String check(CSVRecord r, Map<LocalDate, BigDecimal> byDate, LocalDate today) {
    if (r.size() != 2) {
      return "fx.csv.columns";
    }
    LocalDate date;
    try {
      date = LocalDate.parse(r.get(0));
    } catch (DateTimeParseException e) {
      return "fx.csv.date";
    }
    String dateProblem = FxQuote.dateProblem(date, today);
    if (dateProblem != null) {
      return dateProblem;
    }
    BigDecimal rate;
    try {
      rate = new BigDecimal(r.get(1));
    } catch (NumberFormatException e) {
      return "fx.csv.rate";
    }
    if (rate.signum() <= 0
        || rate.compareTo(MAX_RATE) >= 0
        || rate.stripTrailingZeros().scale() > 8) {
      return "fx.rate.outOfRange";
    }
    BigDecimal earlier = byDate.get(date);
    if (earlier != null && earlier.compareTo(rate) != 0) {
      return "fx.csv.duplicateDate";
    }
    return null;
  }
}
