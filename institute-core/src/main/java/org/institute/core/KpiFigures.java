package org.institute.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A source of KPI actuals, implemented as a CDI bean by the module that owns the records behind a
 * metric (core for research projects and publications, IP licensing for patent applications and
 * licences, talent programmes for graduates and placements). The KPI dashboard finds every bean of
 * this type and matches it to targets by {@link #metric()}; a target whose metric has no bean shows
 * "no source yet". Implementations count over the whole institute: only the council, auditors and
 * admins see KPIs, and they see everything.
 */
public interface KpiFigures {

  String RESEARCH_PROJECTS = "RESEARCH_PROJECTS";
  String PUBLICATIONS = "PUBLICATIONS";
  String PATENT_APPLICATIONS = "PATENT_APPLICATIONS";
  String LICENCES_EXECUTED = "LICENCES_EXECUTED";

  /** Licence income in whole Singapore dollars (CNY converted at the rate of the payment date). */
  String LICENCE_INCOME_SGD = "LICENCE_INCOME_SGD";

  String PROGRAMME_GRADUATES = "PROGRAMME_GRADUATES";
  String INTERNSHIP_PLACEMENTS = "INTERNSHIP_PLACEMENTS";

  /** The metric this bean measures, e.g. {@link #PATENT_APPLICATIONS}. */
  String metric();

  /**
   * The figure for records dated within {@code from}..{@code to}, both inclusive, and its split by
   * calendar year, in one statement: the dashboard asks this for every target, so each extra
   * statement here is one more per target on every dashboard request.
   */
  Figures figures(LocalDate from, LocalDate to);

  /** The figure alone; see {@link #figures}. */
  default long actual(LocalDate from, LocalDate to) {
    return figures(from, to).actual();
  }

  /**
   * How many records lie behind the figure; the same as {@link #actual} for counts, different for
   * sums such as licence income.
   */
  default long recordCount(LocalDate from, LocalDate to) {
    return actual(from, to);
  }

  /** The records behind the figure, newest first, one page. */
  List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults);

  /**
   * A figure and its split by year; years without records may be left out.
   *
   * @param actual the figure over the whole period
   * @param byYear the figure per calendar year within the period
   */
  record Figures(long actual, Map<Integer, Long> byYear) {
    public Figures {
      byYear = Map.copyOf(byYear);
    }

    /**
     * Counts from rows of (year, count), as a {@code group by} year returns them: the figure is
     * their sum, so that it cannot disagree with the years.
     */
    public static Figures countedByYear(List<Object[]> rows) {
      Map<Integer, Long> years = new TreeMap<>();
      long total = 0;
      for (Object[] row : rows) {
        long count = ((Number) row[1]).longValue();
        years.put(((Number) row[0]).intValue(), count);
        total += count;
      }
      return new Figures(total, years);
    }

    /** Counts per year, their sum being the figure. */
    public static Figures ofYears(Map<Integer, Long> years) {
      return new Figures(years.values().stream().mapToLong(Long::longValue).sum(), years);
    }
  }
}
