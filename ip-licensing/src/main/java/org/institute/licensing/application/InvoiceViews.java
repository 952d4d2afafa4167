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
import org.institute.licensing.InvoiceView;
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
    BigDecimal rate = deal.grant().lateInterestPercent();
    BigDecimal accrued =
        invoice.kind() == org.institute.licensing.InvoiceKind.INVOICE
            ? ComplianceService.accrued(invoice, creditNotes, paidWith, rate, today)
            : BigDecimal.ZERO.setScale(2);
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
        accrued,
        paidWith.stream()
            .map(
                p ->
                    new InvoiceView.Paid(
                        p.id(), p.receivedOn(), p.amount(), p.currency(), p.isVoided()))
            .toList(),
        invoice.issuedBy(),
        invoice.issuedAt(),
        policy.invoiceActions(invoice));
  }
}
