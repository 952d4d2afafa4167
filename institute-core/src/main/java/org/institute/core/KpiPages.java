package org.institute.core;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;

/**
 * The one paging of the records behind a KPI figure, for the modules' {@link KpiFigures} beans: the
 * statement names the period {@code :from} and {@code :to} and orders its rows newest first; this
 * binds the period and answers one page of its rows.
 *
 * <pre>{@code
 * KpiPages.rows(em.createQuery("select ... where c.issuedOn between :from and :to order by ...",
 *     Object[].class), from, to, firstResult, maxResults);
 * }</pre>
 */
public final class KpiPages {
  private KpiPages() {}

  /** One page of the rows dated within {@code from}..{@code to}, both inclusive. */
  public static List<Object[]> rows(
      TypedQuery<Object[]> query, LocalDate from, LocalDate to, int firstResult, int maxResults) {
    return query
        .setParameter("from", from)
        .setParameter("to", to)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
  }
}
