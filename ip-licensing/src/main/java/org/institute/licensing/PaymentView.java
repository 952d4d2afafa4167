package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A received payment, its value in SGD and CNY at the rate of its date (or the latest earlier one,
 * {@code rateDate}), and its split between the co-owners. {@code staleRate}: the rate is more than
 * a week older than the payment (see {@link org.institute.core.Conversion#staleRate}), so its SGD
 * and CNY values are shown with a warning.
 */
public record PaymentView(
    long id,
    long dealId,
    LocalDate receivedOn,
    BigDecimal amount,
    String currency,
    PaymentPurpose purpose,
    String note,
    BigDecimal amountSgd,
    BigDecimal amountCny,
    BigDecimal sgdToCnyRate,
    LocalDate rateDate,
    String recordedBy,
    Instant recordedAt,
    List<DistributionLine> distribution,
    Long obligationId,
    boolean staleRate)
    implements Serializable {

  /** One co-owner's part of one payment, exact to the cent in each currency. */
  public record DistributionLine(
      long partnerId,
      String partnerName,
      BigDecimal sharePercent,
      BigDecimal amount,
      BigDecimal amountSgd,
      BigDecimal amountCny)
      implements Serializable {}
}
