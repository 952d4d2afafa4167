package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An admin voided a payment of a deal, with a reason: each co-owner's part of it, as recorded, no
 * longer counts. Published (CDI event) inside the transaction that voids it.
 */
public record PaymentVoided(
    long paymentId,
    long dealId,
    LocalDate receivedOn,
    BigDecimal amount,
    String currency,
    List<PaymentRecorded.Part> parts,
    String voidedBy,
    String reason)
    implements Serializable {

  public PaymentVoided {
    parts = List.copyOf(parts);
  }
}
