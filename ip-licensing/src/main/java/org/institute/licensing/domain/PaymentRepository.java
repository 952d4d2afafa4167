package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;

public interface PaymentRepository {
  Payment add(Payment payment);

  /** A payment with its shares, voided or not. */
  Optional<Payment> find(long id);

  /** A deal's payments with their shares, oldest first, in a constant number of queries. */
  List<Payment> ofDeal(long dealId);

  /** The payments recorded against any of these invoices, voided or not, oldest first. */
  List<Payment> ofInvoices(java.util.Collection<Long> invoiceIds);
}
