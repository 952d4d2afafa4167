package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A co-owner's share from a date on (until the next change of the family's ownership). */
public record OwnershipView(
    long partnerId, String partnerName, BigDecimal percent, LocalDate effectiveFrom)
    implements Serializable {}
