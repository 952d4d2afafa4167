package org.institute.core;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.institute.core.KpiFigures.Figures;

/**
 * The one "count by year" statement behind the counted KPI figures, for the modules' {@link
 * KpiFigures} beans: {@code select year, count(x) from ... where ... and date between :from and :to
 * group by year}, one aggregate statement whatever the data size.
 *
 * <pre>{@code
 * KpiCounts.of(em, "Certificate c").dated("c.issuedOn").where("c.revokedAt is null")
 *     .figures(from, to);
 * }</pre>
 */
public final class KpiCounts {

  private final EntityManager em;
  private final String source;
  private final String counted;
  private String year;
  private String range;
  private boolean byYearColumn;
  private String condition;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private KpiCounts(EntityManager em, String source) {
    this.em = em;
    this.source = source;
    String[] words = source.trim().split("\\s+");
    if (words.length < 2) {
      throw new IllegalArgumentException("name the entity and its alias: " + source);
    }
    this.counted = words[1];
  }

  /**
   * Counts the rows of {@code source}: an entity and its alias, with any joins ({@code "Placement p
   * join Position s on s.id = p.positionId"}); the first alias is what is counted.
   */
  public static KpiCounts of(EntityManager em, String source) {
    return new KpiCounts(em, source);
  }

  /** Counted by the calendar year of this date attribute, within the period's days. */
  public KpiCounts dated(String dateAttribute) {
    this.year = "extract(year from " + dateAttribute + ")";
    this.range = dateAttribute;
    this.byYearColumn = false;
    return this;
  }

  /** Counted by this year attribute (records that carry a year, not a day), within the years. */
  public KpiCounts inYear(String yearAttribute) {
    this.year = yearAttribute;
    this.range = yearAttribute;
    this.byYearColumn = true;
    return this;
  }

  /** Only the rows meeting this JPQL condition. */
  public KpiCounts where(String condition) {
    this.condition = condition;
    return this;
  }

  /** A parameter of the condition. */
  public KpiCounts with(String name, Object value) {
    parameters.put(name, value);
    return this;
  }

  /** The count within {@code from}..{@code to}, both inclusive, and its split by year. */
  public Figures figures(LocalDate from, LocalDate to) {
    if (year == null) {
      throw new IllegalStateException("say which date counts: dated(...) or inYear(...)");
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            "select "
                + year
                + ", count("
                + counted
                + ") from "
                + source
                + " where "
                + (condition == null ? "" : condition + " and ")
                + range
                + " between :from and :to group by "
                + year,
            Object[].class);
    query.setParameter("from", byYearColumn ? (Object) from.getYear() : from);
    query.setParameter("to", byYearColumn ? (Object) to.getYear() : to);
    parameters.forEach(query::setParameter);
    return Figures.countedByYear(query.getResultList());
  }
}
