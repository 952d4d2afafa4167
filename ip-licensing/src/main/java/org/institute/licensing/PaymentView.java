package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * A received payment, its value in SGD and CNY at the rate of its date (or the latest earlier one,
 * {@code rateDate}), and its split between the co-owners. {@code staleRate}: the rate is more than
 * a week older than the payment (see {@link org.institute.core.Conversion#staleRate}), so its SGD
 * and CNY values are shown with a warning. A voided payment is still listed, with who voided it
 * ({@code voidedBy}), when and why; it counts in no total. {@code distribution}: each co-owner's
 * part (what its lines in {@code waterfall} add up to; the waterfall is empty for payments recorded
 * before it existed). {@code allowedActions}: what its reader may do to it.
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
    List<DistributionLineView> waterfall,
    Long obligationId,
    boolean staleRate,
    Instant voidedAt,
    String voidedBy,
    String voidReason,
    Set<PaymentAction> allowedActions)
    implements Serializable {

  public PaymentView {
    distribution = List.copyOf(distribution);
    waterfall = List.copyOf(waterfall);
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(PaymentAction.class)
                : EnumSet.copyOf(allowedActions));
  }

  public boolean voided() {
    return voidedAt != null;
  }

  /**
   * One co-owner's part of one payment, exact to the cent in each currency; the partner's Chinese
   * name may be missing.
   */
  public record DistributionLine(
      long partnerId,
      String partnerName,
      String partnerNameZh,
      BigDecimal sharePercent,
      BigDecimal amount,
      BigDecimal amountSgd,
      BigDecimal amountCny)
      implements Serializable {

    /** The partner's name in the reader's script: the Chinese one when known. */
    public String partnerName(String languageTag) {
      return BilingualText.in(partnerName, partnerNameZh, languageTag);
    }
  }
}
