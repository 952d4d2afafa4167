package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.institute.licensing.InvoiceKind;

/**
 * The late-payment interest of an invoice against what its interest invoices charged already
 * (decision 0109): {@code accrued} is {@link LateInterest#accrued} over the whole time the invoice
 * was overdue, rounded once; {@code invoiced} the sum of its interest invoices; what a new interest
 * invoice charges is what is {@linkplain #notYetInvoiced() not yet invoiced}. Each interest invoice
 * charges the accrual to its day less all the earlier ones, so the interest invoices and what is
 * not yet invoiced always add up to the accrual, to the cent, and no day's interest is charged
 * twice. When a payment recorded afterwards but dated earlier lowers the accrual below what was
 * invoiced, nothing is left to invoice and the excess shows as {@linkplain #overInvoiced()
 * over-invoiced}.
 */
public record InterestInvoicing(
    InvoiceKind kind, BigDecimal ratePercent, BigDecimal accrued, BigDecimal invoiced) {

  /** Refused: interest is charged on invoices only, not on credit notes or interest invoices. */
  public static final String NOT_AN_INVOICE = "licensing.invoice.interestOnInvoicesOnly";

  /** Refused: the deal's terms set no late-payment interest. */
  public static final String NO_TERM = "licensing.invoice.noInterestTerm";

  /** Refused: no interest has accrued (not overdue, or paid by its due date). */
  public static final String NOTHING_ACCRUED = "licensing.invoice.noInterestAccrued";

  /** Refused: interest invoices charged all that has accrued up to today already. */
  public static final String INVOICED_TO_DATE = "licensing.invoice.interestInvoicedToDate";

  public InterestInvoicing {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(accrued, "accrued");
    Objects.requireNonNull(invoiced, "invoiced");
  }

  /**
   * @param invoicedAmounts the amounts of the interest invoices issued on it so far
   */
  public static InterestInvoicing of(
      InvoiceKind kind,
      BigDecimal ratePercent,
      BigDecimal accrued,
      List<BigDecimal> invoicedAmounts) {
    BigDecimal invoiced =
        invoicedAmounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    return new InterestInvoicing(kind, ratePercent, accrued.setScale(2), invoiced.setScale(2));
  }

  /** What has accrued and no interest invoice charged yet; never negative. */
  public BigDecimal notYetInvoiced() {
    return accrued.subtract(invoiced).max(BigDecimal.ZERO.setScale(2));
  }

  /** What interest invoices charged beyond what accrued (after a back-dated payment); else zero. */
  public BigDecimal overInvoiced() {
    return invoiced.subtract(accrued).max(BigDecimal.ZERO.setScale(2));
  }

  /** Why no interest invoice may be issued now (a message key), or empty when one may. */
  public Optional<String> refusal() {
    if (kind != InvoiceKind.INVOICE) {
      return Optional.of(NOT_AN_INVOICE);
    }
    if (ratePercent == null || ratePercent.signum() <= 0) {
      return Optional.of(NO_TERM);
    }
    if (accrued.signum() <= 0) {
      return Optional.of(NOTHING_ACCRUED);
    }
    if (notYetInvoiced().signum() <= 0) {
      return Optional.of(INVOICED_TO_DATE);
    }
    return Optional.empty();
  }

  /** Whether an interest invoice may be issued now. */
  public boolean mayInvoice() {
    return refusal().isEmpty();
  }
}
