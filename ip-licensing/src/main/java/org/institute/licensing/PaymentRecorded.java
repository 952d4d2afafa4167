package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment from a licensee was recorded against a deal and split between the co-owners. Published
 * (CDI event) inside the transaction that records it; history imported at start-up publishes none.
 */
public record PaymentRecorded(
    long paymentId,
    long dealId,
    LocalDate receivedOn,
    BigDecimal amount,
    String currency,
    PaymentPurpose purpose,
    BigDecimal amountSgd,
    BigDecimal amountCny,
    Long obligationId,
    List<Part> parts,
    String recordedBy)
    implements Serializable {

  public PaymentRecorded {
    parts = List.copyOf(parts);
  }

  /** One co-owner's part of the payment, in SGD and CNY. */
  public record Part(long partnerId, BigDecimal amountSgd, BigDecimal amountCny)
      implements Serializable {}
}
