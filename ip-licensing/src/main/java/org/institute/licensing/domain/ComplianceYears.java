package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.institute.licensing.ComplianceView;

/**
 * Reported vs invoiced vs paid per calendar year and currency (decision 0104): the royalty due of
 * each report's version in force, in the year its period ends; invoices and credit notes (negative)
 * in the year of issue; payments against invoices, not voided, in the year received. Each sum is
 * exact: the amounts are cents already.
 */
public final class ComplianceYears {

  private record Key(int year, String currency) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int byYear = Integer.compare(year, o.year);
      return byYear != 0 ? byYear : currency.compareTo(o.currency);
    }
  }

  private final Map<Key, BigDecimal[]> sums = new TreeMap<>();

  public ComplianceYears reported(int year, String currency, BigDecimal amount) {
    return add(year, currency, 0, amount);
  }

  public ComplianceYears invoiced(int year, String currency, BigDecimal amount) {
    return add(year, currency, 1, amount);
  }

  public ComplianceYears paid(int year, String currency, BigDecimal amount) {
    return add(year, currency, 2, amount);
  }

  private ComplianceYears add(int year, String currency, int column, BigDecimal amount) {
    BigDecimal[] row =
        sums.computeIfAbsent(
            new Key(year, currency),
            k -> {
              BigDecimal zero = BigDecimal.ZERO.setScale(2);
              return new BigDecimal[] {zero, zero, zero};
            });
    row[column] = row[column].add(amount);
    return this;
  }

  /** The rows, by year and then currency. */
  public List<ComplianceView.YearRow> rows() {
    List<ComplianceView.YearRow> rows = new ArrayList<>();
    sums.forEach(
        (k, v) -> rows.add(new ComplianceView.YearRow(k.year(), k.currency(), v[0], v[1], v[2])));
    return rows;
  }
}
