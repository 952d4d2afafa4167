package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;

/** Invoices and credit notes. */
public interface InvoiceRepository {
  Invoice add(Invoice invoice);

  Optional<Invoice> find(long id);

  /**
   * Raises the invoice's version at once, holding its row until the transaction ends: of two
   * transactions issuing an interest invoice on it, the second fails (optimistic lock) instead of
   * charging the same days twice (decision 0109).
   */
  void lockForInterest(Invoice invoice);

  /** The interest invoices issued on an invoice, the first first. */
  List<Invoice> interestOn(long invoiceId);

  /** A report's invoices and credit notes, the first issued first. */
  List<Invoice> ofReport(long reportId);

  /**
   * A page of invoices, newest first: {@code limit} rows with an id below {@code beforeId} (all
   * when null), of one licensee company when {@code licenseeId} is given, else of the deals whose
   * licensee or a licensor is in {@code scope}.
   */
  List<Invoice> page(Long licenseeId, org.institute.core.Scope scope, Long beforeId, int limit);

  /**
   * Invoices and interest invoices (not credit notes) due from {@code from} to {@code to}, by due
   * date.
   */
  List<Invoice> dueBetween(java.time.LocalDate from, java.time.LocalDate to);

  /** A licensee company's invoices and credit notes, the first issued first. */
  List<Invoice> ofLicensee(long licenseeId);

  /** How many invoices {@link #page} would read in all. */
  long count(Long licenseeId, org.institute.core.Scope scope);
}
