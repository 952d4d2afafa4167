package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A step of a deal's tiered royalty: from {@code fromNetSales} of net sales in a licence year
 * (cumulative, in the deal's currency) the royalty rate is {@code ratePercent}. Below the first
 * tier the deal's {@code royaltyPercent} applies (docs/decisions/0092).
 */
public record RoyaltyTier(BigDecimal fromNetSales, BigDecimal ratePercent)
    implements Serializable {}
