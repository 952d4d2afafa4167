package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a series' counter row for a year, at zero, in a transaction of its own, so that the
 * issuing transaction never sees a failed insert. When another transaction created it first, the
 * primary key refuses the second row (the caller goes on) and the existing one stands.
 */
@ApplicationScoped
class InvoiceCounterRows {

  @PersistenceContext private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String series, int year) {
    Number existing =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM lic_invoice_counter WHERE series = ?1 AND year_no = ?2")
                .setParameter(1, series)
                .setParameter(2, year)
                .getSingleResult();
    if (existing.longValue() > 0) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO lic_invoice_counter (series, year_no, last_no) VALUES (?1, ?2, 0)")
        .setParameter(1, series)
        .setParameter(2, year)
        .executeUpdate();
  }
}
