package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.Conversion;
import org.institute.core.Documents;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PdfSeal;
import org.institute.core.StoredDocument;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.InvoiceNumbers;
import org.institute.licensing.domain.InvoiceRenderer;
import org.institute.licensing.domain.InvoiceRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.RoyaltyDue;
import org.institute.licensing.domain.RoyaltyReport;

/**
 * Issues the invoice of an accepted report, inside the acceptance's transaction
 * (docs/decisions/0101): what the version accepted owes less what the report's earlier invoices
 * billed (an invoice of the increase, a credit note of the decrease, nothing when equal), numbered
 * from the series' counter row, due {@code institute.licensing.invoice-payment-days} (30 by
 * default) after its issue date, its SGD and CNY values at the rate of that date, printed in both
 * languages, sealed and stored. Audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class InvoiceIssuer {

  @Inject private InvoiceRepository invoices;
  @Inject private InvoiceNumbers numbers;
  @Inject private InvoiceRenderer renderer;
  @Inject private InvoiceViews views;
  @Inject private ExchangeRates rates;
  @Inject private PdfSeal seal;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "institute.licensing.invoice-payment-days", defaultValue = "30")
  private int paymentDays;

  /**
   * @param previouslyAccepted the version accepted before this acceptance, if any: what the
   *     report's invoices billed so far
   */
  Optional<Invoice> issue(
      RoyaltyReport report, LicenceDeal deal, Integer previouslyAccepted, String by) {
    return issue(report, deal, previouslyAccepted, by, clock.instant());
  }

  /** As an acceptance at {@code at} (history, decision 0104): issued on that day. */
  Optional<Invoice> issue(
      RoyaltyReport report, LicenceDeal deal, Integer previouslyAccepted, String by, Instant at) {
    Currency currency = report.currency();
    RoyaltyDue now = report.current().due(currency);
    Invoice.Billed billed = billed(report, now, previouslyAccepted);
    if (billed.amount().isZero()) {
      return Optional.empty();
    }
    LocalDate issued = LocalDate.ofInstant(at, clock.getZone());
    Invoice.Equivalents equivalents = equivalents(billed.amount(), issued);
    Optional<Invoice> credited =
        billed.amount().isNegative()
            ? invoices.ofReport(report.id()).stream()
                .filter(i -> i.kind() == InvoiceKind.INVOICE)
                .reduce((a, b) -> b)
            : Optional.empty();
    Long credits = credited.map(Invoice::id).orElse(null);
    InvoiceKind kind = billed.amount().isNegative() ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
    // the counter row stays locked from here to the commit: the number is taken as late as it can
    long sequence = numbers.next(kind, issued.getYear());
    Invoice invoice =
        invoices.add(
            Invoice.issue(
                sequence,
                issued.getYear(),
                report,
                report.current().number(),
                billed,
                issued,
                issued.plusDays(paymentDays),
                equivalents,
                credits,
                by,
                at));
    byte[] pdf =
        seal.seal(
            renderer.render(
                views.view(
                    invoice,
                    deal,
                    List.of(),
                    List.of(),
                    credited.map(Invoice::number).orElse(null))),
            (kind == InvoiceKind.INVOICE ? "Invoice " : "Credit note ")
                + invoice.number()
                + (kind == InvoiceKind.INVOICE ? " / 发票 " : " / 贷记通知单 ")
                + invoice.number(),
            List.of());
    StoredDocument stored =
        documents.storePdf("invoice", invoice.number().toLowerCase() + ".pdf", pdf);
    invoice.attachDocument(stored.id());
    audit.record(
        kind == InvoiceKind.INVOICE ? "INVOICE_ISSUED" : "CREDIT_NOTE_ISSUED",
        "Invoice",
        invoice.id().toString(),
        invoice.number()
            + " for royalty report "
            + report.id()
            + " v"
            + invoice.reportVersion()
            + " (deal "
            + deal.id()
            + ", licence year "
            + invoice.licenceYear()
            + " Q"
            + invoice.quarter()
            + "): "
            + invoice.amount()
            + " = "
            + invoice.equivalentsAndDue()
            + (credits == null ? "" : ", credits invoice #" + credits));
    return Optional.of(invoice);
  }

  /**
   * Issues the interest invoice of {@code charged} (decision 0109): the late-payment interest
   * accrued on it up to today (or the day it was settled) less what its earlier interest invoices
   * charged, at the deal's rate, numbered in the INT series, due as invoices are, with its SGD and
   * CNY values at today's rate, printed, sealed and stored; audited. Refuses (409, naming why) when
   * there is nothing to charge or when that is not the {@code confirmed} amount.
   */
  Invoice issueInterest(
      Invoice charged,
      LicenceDeal deal,
      List<Invoice> creditNotes,
      List<org.institute.licensing.domain.Payment> paidWith,
      java.math.BigDecimal confirmed,
      String by) {
    Instant at = clock.instant();
    LocalDate issued = LocalDate.ofInstant(at, clock.getZone());
    // of two admins issuing at once, the second fails here rather than charge the days again
    invoices.lockForInterest(charged);
    java.math.BigDecimal rate = deal.grant().lateInterestPercent();
    List<Invoice> before = invoices.interestOn(charged.id());
    org.institute.licensing.domain.InterestInvoicing interest =
        ComplianceService.interest(charged, creditNotes, paidWith, before, rate, issued);
    interest
        .refusal()
        .ifPresent(
            key -> {
              throw new org.institute.core.ConflictException(key);
            });
    if (interest.notYetInvoiced().compareTo(confirmed) != 0) {
      throw new org.institute.core.ConflictException("licensing.invoice.interestAmountChanged");
    }
    Money amount = Money.of(interest.notYetInvoiced(), charged.currency());
    Invoice.Equivalents equivalents = equivalents(amount, issued);
    LocalDate interestTo = ComplianceService.interestTo(charged, creditNotes, paidWith, issued);
    long sequence = numbers.next(InvoiceKind.INTEREST, issued.getYear());
    Invoice invoice =
        invoices.add(
            Invoice.chargeInterest(
                sequence,
                issued.getYear(),
                charged,
                amount,
                rate,
                interestTo,
                issued,
                issued.plusDays(paymentDays),
                equivalents,
                by,
                at));
    byte[] pdf =
        seal.seal(
            renderer.render(
                views.view(invoice, deal, List.of(), List.of(), null, List.of(), charged.number())),
            "Interest invoice " + invoice.number() + " / 利息发票 " + invoice.number(),
            List.of());
    StoredDocument stored =
        documents.storePdf("invoice", invoice.number().toLowerCase() + ".pdf", pdf);
    invoice.attachDocument(stored.id());
    audit.record(
        "INTEREST_INVOICE_ISSUED",
        "Invoice",
        invoice.id().toString(),
        invoice.number()
            + " for the late-payment interest on invoice "
            + charged.number()
            + " (#"
            + charged.id()
            + ", deal "
            + deal.id()
            + ", due "
            + charged.dueDate()
            + ") at "
            + rate.stripTrailingZeros().toPlainString()
            + "% a year up to "
            + interestTo
            + ": accrued "
            + interest.accrued()
            + ", invoiced before "
            + interest.invoiced()
            + " ("
            + before.size()
            + " interest invoices), charged "
            + amount
            + " = "
            + invoice.equivalentsAndDue());
    return invoice;
  }

  /** The version in force's figures less those of the version invoiced before, if any. */
  static Invoice.Billed billed(RoyaltyReport report, RoyaltyDue now, Integer previouslyAccepted) {
    Currency currency = report.currency();
    if (previouslyAccepted == null) {
      return new Invoice.Billed(now.netSales(), now.royalty(), now.trueUp());
    }
    RoyaltyDue before = report.versions().get(previouslyAccepted - 1).due(currency);
    return new Invoice.Billed(
        now.netSales().minus(before.netSales()),
        now.royalty().minus(before.royalty()),
        now.trueUp().minus(before.trueUp()));
  }

  private Invoice.Equivalents equivalents(Money amount, LocalDate on) {
    Currency currency = amount.currency();
    Currency other = currency.equals(Currencies.SGD) ? Currencies.CNY : Currencies.SGD;
    Money magnitude = amount.isNegative() ? amount.negate() : amount;
    Conversion conversion =
        rates
            .convert(magnitude, other, on)
            .orElseThrow(() -> InvalidCommandException.of("issueDate", "fx.noRate"));
    Money converted = amount.isNegative() ? conversion.result().negate() : conversion.result();
    boolean sgd = currency.equals(Currencies.SGD);
    BigDecimal sgdCny =
        sgd
            ? conversion.rate()
            : BigDecimal.ONE
                .divide(conversion.rate(), MathContext.DECIMAL64)
                .setScale(8, RoundingMode.HALF_EVEN);
    return new Invoice.Equivalents(
        sgd ? amount.amount() : converted.amount(),
        sgd ? converted.amount() : amount.amount(),
        sgdCny,
        conversion.rateDate());
  }
}
