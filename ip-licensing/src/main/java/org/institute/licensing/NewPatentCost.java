package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cost of a patent family to record: what it paid for, which co-owner paid it and when, the
 * amount in SGD or CNY, and a note (an invoice number, the attorney).
 */
public record NewPatentCost(
    CostKind kind,
    Long paidBy,
    LocalDate incurredOn,
    BigDecimal amount,
    String currency,
    String note)
    implements Serializable {}
