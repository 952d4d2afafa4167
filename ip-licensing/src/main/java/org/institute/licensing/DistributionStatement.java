package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.institute.core.BilingualText;

/**
 * What each co-owner received from a deal: per partner the sum of its parts of every payment not
 * voided, and the payments themselves, the voided ones too (each with its void). The partners'
 * totals add up exactly to the totals of the payments not voided.
 */
public record DistributionStatement(
    long dealId,
    BigDecimal totalSgd,
    BigDecimal totalCny,
    List<PartnerTotal> partners,
    List<PaymentView> payments)
    implements Serializable {

  /** A co-owner's total; its Chinese name may be missing. */
  public record PartnerTotal(
      long partnerId, String partnerName, String partnerNameZh, BigDecimal sgd, BigDecimal cny)
      implements Serializable {

    /** The partner's name in the reader's script: the Chinese one when known. */
    public String partnerName(String languageTag) {
      return BilingualText.in(partnerName, partnerNameZh, languageTag);
    }
  }
}
