package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received from the licensee of a deal. */
public record NewPayment(
    LocalDate receivedOn, BigDecimal amount, String currency, PaymentPurpose purpose, String note) implements Serializable {}
