package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/** A partner's ownership share of a patent family, in percent (up to four decimals). */
public record Share(long partnerId, BigDecimal percent) implements Serializable {}
