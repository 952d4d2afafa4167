package org.institute.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

  /** The figure for records dated within {@code from}..{@code to}, both inclusive. */
  long actual(LocalDate from, LocalDate to);

  /** The figure per calendar year within the period; years without records may be left out. */
  Map<Integer, Long> byYear(LocalDate from, LocalDate to);

  /**
   * How many records lie behind the figure; the same as {@link #actual} for counts, different for
   * sums such as licence income.
   */
  default long recordCount(LocalDate from, LocalDate to) {
    return actual(from, to);
  }

  /** The records behind the figure, newest first, one page. */
  List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults);
}
