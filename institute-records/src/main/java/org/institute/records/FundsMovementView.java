package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;

/** A disbursement or expenditure with its amount in its currency, SGD and CNY at its date. */
public record FundsMovementView(
    long id,
    FundsMovementKind kind,
    LocalDate date,
    String purpose,
    FundsColumns amount,
    String recordedBy)
    implements Serializable {}
