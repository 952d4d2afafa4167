package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.domain.InterestInvoicing;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.InvoiceBalance;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Payment;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/** Shapes an invoice, its credit notes and its payments into what its readers see. */
@ApplicationScoped
class InvoiceViews {

  @Inject private PartnerDirectory partners;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;

  /**
   * @param creditNotes the credit notes that credit it
   * @param paidWith the payments recorded against it, voided ones too
   */
  InvoiceView view(
      Invoice invoice, LicenceDeal deal, List<Invoice> creditNotes, List<Payment> paidWith) {
    return view(invoice, deal, creditNotes, paidWith, null);
  }

  InvoiceView view(
      Invoice invoice,
      LicenceDeal deal,
      List<Invoice> creditNotes,
      List<Payment> paidWith,
      String creditsNumber) {
    return view(invoice, deal, creditNotes, paidWith, creditsNumber, List.of(), null);
  }

  /**
   * @param interestInvoices the interest invoices issued on it (decision 0109)
   * @param interestOnNumber an interest invoice's charged invoice's number
   */
  InvoiceView view(
      Invoice invoice,
      LicenceDeal deal,
      List<Invoice> creditNotes,
      List<Payment> paidWith,
      String creditsNumber,
      List<Invoice> interestInvoices,
      String interestOnNumber) {
    InvoiceBalance balance =
        InvoiceBalance.of(
            invoice.amount(),
            creditNotes.stream().map(Invoice::amount).toList(),
            paidWith.stream()
                .filter(p -> !p.isVoided())
                .map(p -> Money.of(p.amount(), invoice.currency()))
                .toList());
    Optional<PartnerSummary> licensee = partners.find(new PartnerId(invoice.licenseeId()));
    LocalDate today = LocalDate.now(clock);
    boolean interestInvoice = invoice.kind() == InvoiceKind.INTEREST;
    BigDecimal rate =
        interestInvoice ? invoice.interestPercent() : deal.grant().lateInterestPercent();
    InterestInvoicing interest =
        ComplianceService.interest(
            invoice,
            creditNotes,
            paidWith,
            interestInvoices,
            deal.grant().lateInterestPercent(),
            today);
    return new InvoiceView(
        invoice.id(),
        invoice.number(),
        invoice.kind(),
        invoice.dealId(),
        deal.titles().en(),
        deal.titles().zh(),
        invoice.licenseeId(),
        licensee.map(PartnerSummary::nameEn).orElse("#" + invoice.licenseeId()),
        licensee.map(PartnerSummary::nameZh).orElse(null),
        invoice.reportId(),
        invoice.reportVersion(),
        invoice.licenceYear(),
        invoice.quarter(),
        invoice.periodStart(),
        invoice.periodEnd(),
        invoice.issueDate(),
        invoice.dueDate(),
        invoice.currency().getCurrencyCode(),
        invoice.netSales().amount(),
        invoice.royalty().amount(),
        invoice.trueUp().amount(),
        invoice.amount().amount(),
        invoice.amountSgd(),
        invoice.amountCny(),
        invoice.sgdCnyRate(),
        invoice.rateDate(),
        invoice.creditsInvoiceId(),
        creditsNumber,
        balance.credited().amount(),
        balance.paid().amount(),
        balance.outstanding().amount(),
        balance.credit().amount(),
        !balance.settled() && invoice.dueDate().isBefore(today),
        rate,
        interest.accrued(),
        interest.invoiced(),
        interest.notYetInvoiced(),
        interestInvoices.stream()
            .map(
                c ->
                    new InvoiceView.InterestCharged(
                        c.id(), c.number(), c.issueDate(), c.interestTo(), c.amount().amount()))
            .toList(),
        invoice.interestOnInvoiceId(),
        interestOnNumber,
        invoice.interestTo(),
        paidWith.stream()
            .map(
                p ->
                    new InvoiceView.Paid(
                        p.id(), p.receivedOn(), p.amount(), p.currency(), p.isVoided()))
            .toList(),
        invoice.issuedBy(),
        invoice.issuedAt(),
        policy.invoiceActions(invoice, interest.mayInvoice()));
  }
}
