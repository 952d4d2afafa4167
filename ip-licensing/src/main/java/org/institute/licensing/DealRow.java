package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the deal list (a projection: no collections). */
public record DealRow(
    long id,
    String title,
    DealState state,
    long licenseeId,
    String licenseeName,
    String currency,
    BigDecimal totalValue,
    String submittedBy,
    Instant updatedAt,
    long version)
    implements Serializable {}
