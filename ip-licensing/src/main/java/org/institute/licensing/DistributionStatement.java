package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

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

  public record PartnerTotal(long partnerId, String partnerName, BigDecimal sgd, BigDecimal cny)
      implements Serializable {}
}
