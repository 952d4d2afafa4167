package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Issue an interest invoice (decision 0109) of {@code amount}: the interest not yet invoiced that
 * the caller read and confirmed (the invoice's {@code interestNotYetInvoiced}), in the invoice's
 * currency. When it is no longer what would be charged (a payment recorded meanwhile, a day
 * passed), nothing is issued and the answer is a conflict.
 */
public record NewInterestInvoice(BigDecimal amount) implements Serializable {}
