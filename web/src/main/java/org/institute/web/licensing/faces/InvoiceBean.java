package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.InvoiceAction;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.Invoices;
import org.institute.licensing.NewInterestInvoice;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.PaymentView;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One invoice or credit note (docs/decisions/0101): what it bills, in the deal's currency and in
 * SGD and CNY, what is paid and outstanding, its sealed PDF; admins record a payment against it,
 * confirmed in words and amount, and see how it was split between the co-owners.
 */
@Named("invoice")
@ViewScoped
public class InvoiceBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Invoices invoices;
  @Inject private LicensingFormat licFmt;
  @Inject private java.time.Clock clock;

  private Long id;
  private InvoiceView invoice;
  private LocalDate receivedOn;
  private BigDecimal amount;
  private String note;
  private boolean confirmingPayment;
  private boolean confirmingInterest;

  /** The interest not yet invoiced that the confirmation showed: what the admin confirms. */
  private BigDecimal interestShown;

  public void load() {
    invoice = null;
    if (id == null) {
      return;
    }
    try {
      invoice = invoices.invoice(id);
    } catch (RecordNotFoundException e) {
      invoice = null;
    }
  }

  public StreamedContent pdf() {
    byte[] bytes = invoice == null ? new byte[0] : invoices.pdf(invoice.id());
    return DefaultStreamedContent.builder()
        .name(invoice == null ? "invoice.pdf" : invoice.number().toLowerCase(Locale.ROOT) + ".pdf")
        .contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public boolean isMayIssueInterest() {
    return invoice != null
        && invoice.allowedActions().contains(InvoiceAction.ISSUE_INTEREST_INVOICE);
  }

  /** Shows the confirmation of the interest invoice, with the amount it will charge. */
  public void startInterest() {
    confirmingInterest = isMayIssueInterest();
    interestShown = confirmingInterest ? invoice.interestNotYetInvoiced() : null;
  }

  public void cancelInterest() {
    confirmingInterest = false;
    interestShown = null;
  }

  /** The confirmation's words: the amount, the licensee, the invoice, the rate and the last day. */
  public String getInterestText() {
    if (invoice == null || interestShown == null) {
      return "";
    }
    String tag =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .getLocale()
            .toLanguageTag();
    return Messages.text(
        "invoice.interest.confirm",
        licFmt.money(interestShown, invoice.currency()),
        invoice.licenseeName(tag),
        invoice.number(),
        invoice.lateInterestPercent().stripTrailingZeros().toPlainString(),
        LocalDate.now(clock));
  }

  /**
   * Issues the interest invoice of the amount confirmed; the new interest invoice's page by a
   * redirect (Post/Redirect/Get). A refusal (the amount changed, nothing left) shows at the top.
   */
  public String issueInterest() {
    confirmingInterest = false;
    if (invoice == null || interestShown == null) {
      return null;
    }
    InvoiceView[] issued = new InvoiceView[1];
    BigDecimal confirmed = interestShown;
    interestShown = null;
    if (!Messages.attempt(
        "interest",
        () ->
            issued[0] =
                invoices.issueInterestInvoice(invoice.id(), new NewInterestInvoice(confirmed)))) {
      return null;
    }
    Messages.infoAfterRedirect(
        "invoice.interest.issued",
        issued[0].number(),
        licFmt.money(issued[0].amount(), issued[0].currency()));
    return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&id="
        + issued[0].id();
  }

  public boolean isConfirmingInterest() {
    return confirmingInterest;
  }

  public boolean isMayRecordPayment() {
    return invoice != null && invoice.allowedActions().contains(InvoiceAction.RECORD_PAYMENT);
  }

  /** Shows the confirmation of the payment typed (its date and amount are checked on recording). */
  public void startPayment() {
    confirmingPayment = isMayRecordPayment() && amount != null && receivedOn != null;
    if (!confirmingPayment) {
      recordPayment();
    }
  }

  public void cancelPayment() {
    confirmingPayment = false;
  }

  /** The confirmation's words: the amount against the invoice, and any credit it leaves. */
  public String getPaymentText() {
    if (invoice == null || amount == null) {
      return "";
    }
    BigDecimal beyond = amount.subtract(invoice.outstanding());
    return Messages.text(
            "invoice.pay.confirm",
            licFmt.money(amount, invoice.currency()),
            receivedOn,
            invoice.number())
        + (beyond.signum() > 0
            ? " " + Messages.text("invoice.pay.overpaid", licFmt.money(beyond, invoice.currency()))
            : "");
  }

  /**
   * Records the payment against the invoice; the page again by a redirect, saying how it was split
   * between the co-owners. A refusal shows beside its field and keeps what was typed.
   */
  public String recordPayment() {
    confirmingPayment = false;
    if (invoice == null) {
      return null;
    }
    PaymentView[] paid = new PaymentView[1];
    if (!Messages.attempt(
        "pay",
        () ->
            paid[0] =
                invoices.recordPayment(
                    invoice.id(), new NewInvoicePayment(receivedOn, amount, note)))) {
      return null;
    }
    String tag =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getViewRoot()
            .getLocale()
            .toLanguageTag();
    String split =
        paid[0].distribution().stream()
            .map(d -> d.partnerName(tag) + " " + licFmt.money(d.amount(), paid[0].currency()))
            .collect(Collectors.joining(", "));
    return Messages.reloadAfter(
        "invoice.pay.recorded", licFmt.money(paid[0].amount(), paid[0].currency()), split);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public InvoiceView getInvoice() {
    return invoice;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isConfirmingPayment() {
    return confirmingPayment;
  }
}
