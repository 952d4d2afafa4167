package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period a licensee reports net sales for: a quarter of a licence year. Licence years run from
 * the later of the signing date and the term's start, as the obligations' contract years do ({@link
 * ObligationSchedule}); the last year and its last quarter are cut at the term's end. The period
 * that ends a licence year is the one whose report trues up the annual minimum.
 */
public record ReportingPeriod(
    int licenceYear, int quarter, LocalDate start, LocalDate end, LocalDate yearEnd) {

  /** Quarters of a licence year. */
  public static final int PER_YEAR = 4;

  /** Whether its report closes the licence year (and trues up the annual minimum). */
  public boolean closesYear() {
    return end.equals(yearEnd);
  }

  /** Every reporting period of a deal signed on {@code signing} with this term. */
  public static List<ReportingPeriod> of(
      LocalDate termStart, LocalDate termEnd, LocalDate signing) {
    LocalDate first = termStart.isAfter(signing) ? termStart : signing;
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int year = 1; year <= 100; year++) {
      LocalDate yearStart = first.plusYears(year - 1);
      if (yearStart.isAfter(termEnd)) {
        break;
      }
      LocalDate yearEnd = min(first.plusYears(year).minusDays(1), termEnd);
      for (int q = 1; q <= PER_YEAR; q++) {
        LocalDate start = yearStart.plusMonths(3L * (q - 1));
        if (start.isAfter(yearEnd)) {
          break;
        }
        LocalDate end =
            q == PER_YEAR ? yearEnd : min(yearStart.plusMonths(3L * q).minusDays(1), yearEnd);
        periods.add(new ReportingPeriod(year, q, start, end, yearEnd));
      }
    }
    return periods;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
