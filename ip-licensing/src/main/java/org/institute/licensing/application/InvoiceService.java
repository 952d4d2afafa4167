package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Slice;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.Invoices;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentView;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.InvoiceRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;

/**
 * Invoices and credit notes (docs/decisions/0101): read by whoever reads their deal's royalty
 * reports ({@link LicensingPolicy#mayReadReports}: licensee staff their company's only), listed
 * newest first by keyset, printed as the sealed PDF stored at issue; payments against an invoice
 * are recorded by {@link DealPaymentService}, the one home of recording and splitting payments.
 */
@ApplicationScoped
@Transactional
class InvoiceService implements Invoices {

  @Inject private InvoiceRepository invoices;
  @Inject private DealRepository deals;
  @Inject private PaymentRepository payments;
  @Inject private LicensingPolicy policy;
  @Inject private InvoiceViews views;
  @Inject private Documents documents;
  @Inject private DealPaymentService dealPayments;
  @Inject private java.time.Clock clock;
  @Inject private InvoiceIssuer issuer;

  @Override
  public Slice<InvoiceView> list(PageRequest page) {
    LicensingPolicy.InvoiceReaders readers = policy.invoiceReaders();
    Long before = null;
    if (page.after() != null) {
      before = page.after().requireOrder(ORDER).id();
    }
    List<Invoice> rows =
        invoices.page(readers.licensee(), readers.scope(), before, page.limit() + 1);
    boolean more = rows.size() > page.limit();
    List<Invoice> shown = more ? rows.subList(0, page.limit()) : rows;
    PageCursor next = null;
    if (more) {
      Invoice last = shown.get(shown.size() - 1);
      next = PageCursor.after(ORDER, last.id().toString(), last.id());
    }
    Long total = page.countExact() ? invoices.count(readers.licensee(), readers.scope()) : null;
    return new Slice<>(views(shown), next, total);
  }

  @Override
  public InvoiceView invoice(long id) {
    Invoice invoice = readable(id);
    return views(List.of(invoice)).get(0);
  }

  @Override
  public List<InvoiceView> ofReport(long reportId) {
    return views(invoices.ofReport(reportId).stream().filter(this::mayRead).toList());
  }

  @Override
  public byte[] pdf(long id) {
    Invoice invoice = readable(id);
    return documents
        .content(invoice.documentId())
        .orElseThrow(() -> new RecordNotFoundException("document of invoice " + id));
  }

  @Override
  public PaymentView recordPayment(long invoiceId, NewInvoicePayment payment) {
    Invoice invoice = readable(invoiceId);
    if (payment == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    if (!invoice.isPayable()) {
      throw new org.institute.core.ConflictException("licensing.invoice.creditNoteNotPaid");
    }
    return dealPayments.recordPayment(
        invoice.dealId(),
        new NewPayment(
            payment.receivedOn(),
            payment.amount(),
            invoice.currency().getCurrencyCode(),
            invoice.kind() == InvoiceKind.INTEREST
                ? PaymentPurpose.LATE_INTEREST
                : PaymentPurpose.ROYALTY,
            payment.note() == null || payment.note().isBlank()
                ? invoice.number()
                : invoice.number() + ": " + payment.note().trim(),
            null),
        invoice.id());
  }

  @Override
  public InvoiceView issueInterestInvoice(
      long invoiceId, org.institute.licensing.NewInterestInvoice confirmed) {
    Invoice charged = readable(invoiceId);
    LicenceDeal deal = deals.find(charged.dealId()).orElseThrow();
    List<Invoice> creditNotes =
        invoices.ofReport(charged.reportId()).stream()
            .filter(
                c ->
                    c.kind() == InvoiceKind.CREDIT_NOTE
                        && charged.id().equals(c.creditsInvoiceId()))
            .toList();
    List<Payment> paidWith = payments.ofInvoices(List.of(charged.id()));
    if (!policy
        .invoiceActions(charged, true)
        .contains(org.institute.licensing.InvoiceAction.ISSUE_INTEREST_INVOICE)) {
      throw new org.institute.core.AccessRefusedException("issuing an interest invoice");
    }
    if (confirmed == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    if (confirmed.amount() == null) {
      throw InvalidCommandException.of("amount", "field.required");
    }
    Invoice issued =
        issuer.issueInterest(
            charged, deal, creditNotes, paidWith, confirmed.amount(), policy.actorName());
    return views(List.of(issued)).get(0);
  }

  @Override
  public List<org.institute.licensing.OutstandingByLicensee> ageing() {
    LicensingPolicy.InvoiceReaders readers = policy.invoiceReaders();
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    Map<String, org.institute.licensing.domain.Ageing> byKey = new java.util.TreeMap<>();
    Map<String, InvoiceView> sample = new HashMap<>();
    for (InvoiceView v :
        views(invoices.page(readers.licensee(), readers.scope(), null, Integer.MAX_VALUE))) {
      if (v.kind() == InvoiceKind.CREDIT_NOTE || v.outstanding().signum() == 0) {
        continue;
      }
      String key = v.licenseeName() + "|" + v.licenseeId() + "|" + v.currency();
      byKey.put(
          key,
          byKey
              .getOrDefault(key, org.institute.licensing.domain.Ageing.none())
              .plus(v.dueDate(), v.outstanding(), today));
      sample.put(key, v);
    }
    List<org.institute.licensing.OutstandingByLicensee> out = new ArrayList<>();
    byKey.forEach(
        (key, a) -> {
          InvoiceView v = sample.get(key);
          out.add(
              new org.institute.licensing.OutstandingByLicensee(
                  v.licenseeId(),
                  v.licenseeName(),
                  v.licenseeNameZh(),
                  v.currency(),
                  a.notDue(),
                  a.upTo30(),
                  a.upTo60(),
                  a.upTo90(),
                  a.over90(),
                  a.total()));
        });
    return out;
  }

  private Invoice readable(long id) {
    return invoices
        .find(id)
        .filter(this::mayRead)
        .orElseThrow(() -> new RecordNotFoundException("invoice " + id));
  }

  private boolean mayRead(Invoice invoice) {
    return deals.find(invoice.dealId()).filter(policy::mayReadReports).isPresent();
  }

  /** Views of invoices with their credit notes and payments, in a few queries. */
  private List<InvoiceView> views(List<Invoice> shown) {
    Map<Long, LicenceDeal> byDeal = new HashMap<>();
    Map<Long, List<Invoice>> creditNotes = new HashMap<>();
    Map<Long, String> numbers = new HashMap<>();
    Map<Long, List<Invoice>> interestOf = new HashMap<>();
    for (Invoice i : shown) {
      byDeal.computeIfAbsent(i.dealId(), d -> deals.find(d).orElseThrow());
      if (!creditNotes.containsKey(i.reportId())) {
        List<Invoice> ofReport = invoices.ofReport(i.reportId());
        ofReport.forEach(o -> numbers.put(o.id(), o.number()));
        creditNotes.put(
            i.reportId(),
            ofReport.stream().filter(o -> o.kind() == InvoiceKind.CREDIT_NOTE).toList());
        interestOf.put(
            i.reportId(), ofReport.stream().filter(o -> o.kind() == InvoiceKind.INTEREST).toList());
      }
    }
    Map<Long, List<Payment>> paid =
        payments.ofInvoices(shown.stream().map(Invoice::id).toList()).stream()
            .collect(Collectors.groupingBy(Payment::invoiceId));
    List<InvoiceView> out = new ArrayList<>();
    for (Invoice i : shown) {
      // interest invoices belong to their charged invoice's report (decision 0109)
      List<Invoice> interest =
          interestOf.get(i.reportId()).stream()
              .filter(c -> i.id().equals(c.interestOnInvoiceId()))
              .toList();
      out.add(
          views.view(
              i,
              byDeal.get(i.dealId()),
              creditNotes.get(i.reportId()).stream()
                  .filter(c -> i.id().equals(c.creditsInvoiceId()))
                  .toList(),
              paid.getOrDefault(i.id(), List.of()),
              i.creditsInvoiceId() == null ? null : numbers.get(i.creditsInvoiceId()),
              interest,
              i.interestOnInvoiceId() == null ? null : numbers.get(i.interestOnInvoiceId())));
    }
    return out;
  }
}
