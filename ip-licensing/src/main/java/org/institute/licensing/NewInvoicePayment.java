package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received against an invoice, in the invoice's currency. More than is outstanding is
 * accepted and kept as the licensee's credit.
 */
public record NewInvoicePayment(LocalDate receivedOn, BigDecimal amount, String note)
    implements Serializable {}
