package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which distribution lines a statement reads: of one institution, of a deal, of an inventor (by
 * name, any case), received in a period; {@code partners} is the reader's scope (null: all).
 */
public record DistributionLineQuery(
    Long partnerId,
    Long dealId,
    String inventor,
    LocalDate from,
    LocalDate to,
    Set<Long> partners,
    int limit) {}
