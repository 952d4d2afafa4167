package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One tier of an institution's distribution policy: from {@code fromSgd} of the invention's
 * cumulative income on (in SGD), {@code inventorsPercent} of the institution's share goes to its
 * inventors.
 */
public record DistributionTier(BigDecimal fromSgd, BigDecimal inventorsPercent)
    implements Serializable {}
