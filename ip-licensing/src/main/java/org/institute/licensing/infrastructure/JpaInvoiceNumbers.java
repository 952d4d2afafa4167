package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.domain.InvoiceNumbers;

/**
 * Invoice numbers from one counter row per series and year ({@code lic_invoice_counter}), raised by
 * a conditional update in the issuing transaction: the update locks the row until that transaction
 * ends, on H2 and MariaDB alike and across a cluster's instances (they share the database), and the
 * number is then read back from the row itself, which a transaction always sees as it updated it. A
 * rolled-back issue undoes its raise, so numbers have no gaps. The year's row is created on first
 * use in a transaction of its own ({@link InvoiceCounterRows}), before the issuing transaction
 * touches the table; two instances creating it at once leave one row (the primary key).
 */
@ApplicationScoped
class JpaInvoiceNumbers implements InvoiceNumbers {

  private static final Logger LOG = Logger.getLogger(JpaInvoiceNumbers.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private InvoiceCounterRows rows;

  /** The series and years whose row exists: rows are never deleted. */
  private final java.util.Set<String> existing = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Override
  public long next(InvoiceKind kind, int year) {
    String key = kind.series() + year;
    if (!existing.contains(key)) {
      // before any update: an update that finds no row would hold a gap lock on MariaDB that the
      // creating transaction would wait for
      try {
        rows.create(kind.series(), year);
      } catch (RuntimeException createdMeanwhile) {
        LOG.log(Level.FINE, "counter {0} created meanwhile", key);
      }
      existing.add(key);
    }
    if (raise(kind, year) == 0) {
      existing.remove(key);
      throw new IllegalStateException("no counter row for " + key);
    }
    Number last =
        (Number)
            em.createNativeQuery(
                    "SELECT last_no FROM lic_invoice_counter WHERE series = ?1 AND year_no = ?2")
                .setParameter(1, kind.series())
                .setParameter(2, year)
                .getSingleResult();
    return last.longValue();
  }

  private int raise(InvoiceKind kind, int year) {
    return em.createNativeQuery(
            "UPDATE lic_invoice_counter SET last_no = last_no + 1 WHERE series = ?1 AND year_no = ?2")
        .setParameter(1, kind.series())
        .setParameter(2, year)
        .executeUpdate();
  }
}
