package org.institute.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * A KPI target against its actual: {@code actual}, {@code progress} (whole percent of the target)
 * and {@code forecast} (straight line to the period's end) are null when no source supplies the
 * metric. {@code byYear} is the trend, one entry per year of the period.
 */
public record KpiView(
    String code,
    String metric,
    String labelEn,
    String labelZh,
    long target,
    LocalDate periodFrom,
    LocalDate periodTo,
    Long actual,
    Integer progress,
    Long forecast,
    KpiStatus status,
    Map<Integer, Long> byYear)
    implements Serializable {

  public KpiView {
    byYear =
        java.util.Collections.unmodifiableMap(
            byYear == null ? new java.util.TreeMap<>() : new java.util.TreeMap<>(byYear));
  }

  public String label(String language) {
    return language != null && language.startsWith("zh") && labelZh != null ? labelZh : labelEn;
  }
}
