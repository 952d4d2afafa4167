package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received from the licensee of a deal. {@code obligationId} names the obligation it
 * meets; when absent, a milestone or royalty payment meets the earliest open obligation of its
 * kind.
 */
public record NewPayment(
    LocalDate receivedOn,
    BigDecimal amount,
    String currency,
    PaymentPurpose purpose,
    String note,
    Long obligationId)
    implements Serializable {}
