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

  private Long id;
  private InvoiceView invoice;
  private LocalDate receivedOn;
  private BigDecimal amount;
  private String note;
  private boolean confirmingPayment;

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
