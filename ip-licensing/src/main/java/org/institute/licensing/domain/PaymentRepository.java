package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;

public interface PaymentRepository {
  Payment add(Payment payment);

  /** A payment with its shares, voided or not. */
  Optional<Payment> find(long id);

  /** A deal's payments with their shares, oldest first, in a constant number of queries. */
  List<Payment> ofDeal(long dealId);

  /**
   * What the lines of payments not voided gave, in SGD, per family and partner: for {@code steps}
   * (the costs repaid, or an institution's income with its inventors'), counting only payments
   * recorded before {@code beforePayment} when it is given.
   */
  java.util.Map<Long, java.util.Map<Long, java.math.BigDecimal>> distributedSgd(
      java.util.Collection<Long> familyIds,
      java.util.Collection<org.institute.licensing.DistributionStep> steps,
      Long beforePayment);

  /** The latest date of a payment whose income was split for the institution, if any. */
  Optional<java.time.LocalDate> lastDistributedOn(long partnerId);

  /** Distribution lines by the filter, the latest payment first; with their payments. */
  List<DistributionLine> lines(DistributionLineQuery query);

  /** The payments recorded against any of these invoices, voided or not, oldest first. */
  List<Payment> ofInvoices(java.util.Collection<Long> invoiceIds);
}
