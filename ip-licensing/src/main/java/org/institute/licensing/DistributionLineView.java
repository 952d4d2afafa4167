package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.BilingualText;

/**
 * A line of a payment's distribution waterfall (issue 19, decision 0107), as statements and the
 * deal page show it: which payment (of which deal, received when, in which currency), which step,
 * which family, which partner received it (the payer of a cost repaid, the institution or the
 * inventor's institution), the inventor of an inventor's line with their contribution, the policy
 * version that split an institution's part, and the amount in the payment's currency, SGD and CNY.
 */
public record DistributionLineView(
    long paymentId,
    long dealId,
    LocalDate receivedOn,
    String currency,
    int number,
    DistributionStep step,
    long familyId,
    String familyReference,
    long partnerId,
    String partnerName,
    String partnerNameZh,
    String inventorName,
    String inventorOrcid,
    BigDecimal contribution,
    Long policyId,
    BigDecimal amount,
    BigDecimal amountSgd,
    BigDecimal amountCny)
    implements Serializable {

  /** The partner's name in the reader's script: the Chinese one when known. */
  public String partnerName(String languageTag) {
    return BilingualText.in(partnerName, partnerNameZh, languageTag);
  }
}
