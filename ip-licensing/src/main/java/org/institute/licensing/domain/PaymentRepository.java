package org.institute.licensing.domain;

import java.util.List;

public interface PaymentRepository {
  Payment add(Payment payment);

  /** A deal's payments with their shares, oldest first, in a constant number of queries. */
  List<Payment> ofDeal(long dealId);
}
