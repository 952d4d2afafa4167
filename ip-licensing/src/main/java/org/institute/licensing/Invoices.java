package org.institute.licensing;

import java.util.List;
import org.institute.core.PageRequest;
import org.institute.core.Slice;

/**
 * Invoices and credit notes of accepted royalty reports, and payments against them
 * (docs/decisions/0101). Licensee staff read their company's only; an invoice the caller may not
 * read is absent ({@link org.institute.core.RecordNotFoundException}).
 */
public interface Invoices {

  /** The order of the list: newest first. */
  org.institute.core.ListSort ORDER = org.institute.core.ListSort.descending("id");

  /** A page of the invoices the caller reads, newest first (keyset, decision 0095). */
  Slice<InvoiceView> list(PageRequest page);

  InvoiceView invoice(long id);

  /** A report's invoices and credit notes, the first first. */
  List<InvoiceView> ofReport(long reportId);

  /** The invoice's printed, sealed PDF (English and Chinese). */
  byte[] pdf(long id);

  /**
   * Records a payment against the invoice: recorded and split between the co-owners as every
   * payment of the deal is, in one transaction. Admins. Audited.
   */
  PaymentView recordPayment(long invoiceId, NewInvoicePayment payment);

  /**
   * Issues an interest invoice of the late-payment interest accrued on the invoice up to today (or
   * the day it was settled) and not charged by its earlier interest invoices (decision 0109).
   * Admins. Audited. A conflict naming why when nothing can be charged: {@code
   * licensing.invoice.noInterestTerm}, {@code .noInterestAccrued}, {@code .interestInvoicedToDate},
   * {@code .interestOnInvoicesOnly}; {@code .interestAmountChanged} when the amount confirmed is no
   * longer what would be charged.
   *
   * @return the interest invoice
   */
  InvoiceView issueInterestInvoice(long invoiceId, NewInterestInvoice confirmed);

  /**
   * What each licensee whose invoices the caller reads owes, per currency, by age past the due
   * date; licensees owing nothing are left out.
   */
  List<OutstandingByLicensee> ageing();
}
