package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * An invoice or credit note of a royalty report (docs/decisions/0101): its number, the report's
 * period and version, the royalty and true-up it bills in the deal's currency, the SGD and CNY
 * values at the rate of its issue date, and what is paid against it: {@code credited} by credit
 * notes (negative), {@code paid}, {@code outstanding}, and {@code credit}, what was paid beyond it
 * and is kept for the licensee. {@code overdue}: outstanding after its due date. A credit note's
 * {@code creditsInvoiceNumber} names the invoice it reduces. {@code lateInterestPercent}: the
 * deal's late-payment interest per annum, or null; {@code accruedInterest}: what it accrued to
 * today on what was outstanding each day past the due date (decision 0104); of it, {@code
 * interestInvoiced} was charged by the interest invoices listed in {@code interestInvoices} and
 * {@code interestNotYetInvoiced} was not (decision 0109). An interest invoice ({@code kind}
 * INTEREST) names the invoice it charges interest on ({@code interestOnInvoiceId}, {@code
 * interestOnInvoiceNumber}), the last day of interest it charges ({@code interestTo}), and in
 * {@code lateInterestPercent} the rate it charged; it accrues no interest itself.
 */
public record InvoiceView(
    long id,
    String number,
    InvoiceKind kind,
    long dealId,
    String dealTitle,
    String dealTitleZh,
    long licenseeId,
    String licenseeName,
    String licenseeNameZh,
    long reportId,
    int reportVersion,
    int licenceYear,
    int quarter,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate issueDate,
    LocalDate dueDate,
    String currency,
    BigDecimal netSales,
    BigDecimal royalty,
    BigDecimal trueUp,
    BigDecimal amount,
    BigDecimal amountSgd,
    BigDecimal amountCny,
    BigDecimal sgdToCnyRate,
    LocalDate rateDate,
    Long creditsInvoiceId,
    String creditsInvoiceNumber,
    BigDecimal credited,
    BigDecimal paid,
    BigDecimal outstanding,
    BigDecimal credit,
    boolean overdue,
    BigDecimal lateInterestPercent,
    BigDecimal accruedInterest,
    BigDecimal interestInvoiced,
    BigDecimal interestNotYetInvoiced,
    List<InterestCharged> interestInvoices,
    Long interestOnInvoiceId,
    String interestOnInvoiceNumber,
    LocalDate interestTo,
    List<Paid> payments,
    String issuedBy,
    Instant issuedAt,
    Set<InvoiceAction> allowedActions)
    implements Serializable {

  public InvoiceView {
    payments = List.copyOf(payments);
    interestInvoices = List.copyOf(interestInvoices);
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(InvoiceAction.class)
                : EnumSet.copyOf(allowedActions));
  }

  /** The deal's title for a reader of {@code languageTag}. */
  public String dealTitle(String languageTag) {
    return BilingualText.in(dealTitle, dealTitleZh, languageTag);
  }

  /** The licensee's name in the reader's script. */
  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }

  /** An interest invoice issued on the invoice: the interest it charged up to a day. */
  public record InterestCharged(
      long invoiceId, String number, LocalDate issueDate, LocalDate interestTo, BigDecimal amount)
      implements Serializable {}

  /** A payment recorded against the invoice (its split is the licensor side's). */
  public record Paid(
      long paymentId, LocalDate receivedOn, BigDecimal amount, String currency, boolean voided)
      implements Serializable {}
}
