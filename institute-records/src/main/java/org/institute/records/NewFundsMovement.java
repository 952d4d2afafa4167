package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A disbursement or expenditure against a commitment, in the commitment's currency, with what it
 * was for. {@code expectedVersion} is the commitment's version the caller read.
 */
public record NewFundsMovement(
    FundsMovementKind kind,
    LocalDate date,
    String amount,
    String currency,
    String purpose,
    Long expectedVersion)
    implements Serializable {}
