package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Allocates a unit to a centre, a spin-off or a partner from a date, until a date (inclusive) or
 * open-ended when {@code to} is null.
 */
public record NewAllocation(
    Long unitId,
    OccupantKind occupantKind,
    Long occupantId,
    LocalDate from,
    LocalDate to,
    String note)
    implements Serializable {}
