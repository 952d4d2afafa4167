package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.ConsentView;
import org.institute.licensing.DealEventView;
import org.institute.licensing.DealState;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.Execution;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.NewPayment;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.ObligationView;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentView;
import org.institute.web.platform.faces.Messages;

/**
 * A deal's detail: terms, consents, approvals, timeline, payments and distribution, with the steps
 * the signed-in user may take. The module decides whether a step is allowed; the buttons shown here
 * only spare users steps that would be refused.
 */
@Named("licDeal")
@ViewScoped
public class DealBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LicenceDeals deals;
  @Inject private LicenceObligations obligationsOf;
  @Inject private Caller caller;
  @Inject private Clock clock;
  @Inject private LicensingFormat licFmt;

  private Long id;
  private DealView deal;
  private DistributionStatement distribution;
  private String comment;
  private boolean missing;
  private List<ObligationView> obligations = List.of();

  private LocalDate signingDate;
  private transient Part signedPdf;

  private LocalDate receivedOn;
  private BigDecimal amount;
  private String currency;
  private PaymentPurpose purpose;
  private Long obligationId;
  private String note;

  /** Loads the deal named by the {@code id} view parameter. */
  public void load() {
    if (id == null) {
      missing = true;
      return;
    }
    try {
      deal = deals.find(id).orElse(null);
      missing = deal == null;
      distribution = deal == null ? null : deals.distribution(id);
      obligations = deal == null ? List.of() : obligationsOf.ofDeal(id);
      if (deal != null && currency == null) {
        currency = deal.terms().currency();
      }
    } catch (RecordNotFoundException | AccessRefusedException e) {
      missing = true;
      deal = null;
    }
    if (missing) {
      Messages.error(null, "lic.deal.notFound");
    }
  }

  public void submit() {
    act(() -> deals.submit(id, comment));
  }

  public void consent() {
    act(() -> deals.consent(id, comment));
  }

  public void approve() {
    act(() -> deals.approve(id, comment));
  }

  public void reject() {
    act(() -> deals.reject(id, comment));
  }

  public void requestChanges() {
    act(() -> deals.requestChanges(id, comment));
  }

  public void terminate() {
    act(() -> deals.terminate(id, comment));
  }

  /** Records the signature: the signing date and the signed PDF. */
  public void execute() {
    if (signedPdf == null || signedPdf.getSize() == 0) {
      Messages.error("execution:signedPdf", "document.required");
      return;
    }
    if (signedPdf.getSize() > Documents.MAX_BYTES) {
      Messages.error("execution:signedPdf", "document.tooLarge");
      return;
    }
    byte[] content;
    try (InputStream in = signedPdf.getInputStream()) {
      content = in.readNBytes(Documents.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name =
        signedPdf.getSubmittedFileName() == null
            ? "agreement.pdf"
            : signedPdf.getSubmittedFileName();
    act("execution", () -> deals.execute(id, new Execution(signingDate, name, content, comment)));
  }

  /** Records a payment; the page then shows its split between the co-owners. */
  public void recordPayment() {
    try {
      PaymentView paid =
          deals.recordPayment(
              id, new NewPayment(receivedOn, amount, currency, purpose, note, obligationId));
      Messages.info("lic.payment.recorded", licFmt.money(paid.amount(), paid.currency()));
      receivedOn = null;
      amount = null;
      purpose = null;
      obligationId = null;
      note = null;
    } catch (ConflictException e) {
      Messages.error(null, "lic.deal.conflict");
    } catch (AccessRefusedException e) {
      Messages.error(null, "lic.deal.refused");
    } catch (RecordNotFoundException e) {
      Messages.error(null, "lic.deal.notFound");
    } catch (InvalidCommandException e) {
      Messages.show("payment", e);
    }
    load();
  }

  private void act(Supplier<DealView> step) {
    act("actions", step);
  }

  private void act(String form, Supplier<DealView> step) {
    try {
      DealView after = step.get();
      comment = null;
      Messages.info("lic.deal.done", Messages.text("lic.state." + after.state()));
    } catch (ConflictException e) {
      Messages.error(null, "lic.deal.conflict");
    } catch (AccessRefusedException e) {
      Messages.error(null, "lic.deal.refused");
    } catch (RecordNotFoundException e) {
      Messages.error(null, "lic.deal.notFound");
    } catch (InvalidCommandException e) {
      Messages.show(form, e);
    }
    load();
  }

  private boolean inReview() {
    return deal != null
        && (deal.state() == DealState.SUBMITTED
            || deal.state() == DealState.CONSENTS_PENDING
            || deal.state() == DealState.UNDER_REVIEW);
  }

  private boolean pendingConsenter() {
    Long partner =
        caller.hasRole(Role.PARTNER_STAFF)
            ? caller.partner().map(PartnerId::value).orElse(null)
            : null;
    return partner != null
        && deal.consents().stream().anyMatch(c -> !c.given() && c.partnerId() == partner);
  }

  private boolean licensorSide() {
    if (caller.hasRole(Role.ADMIN)) {
      return true;
    }
    Long partner = caller.partner().map(PartnerId::value).orElse(null);
    return partner != null && deal.licensors().stream().anyMatch(l -> l.partnerId() == partner);
  }

  public boolean isMaySubmit() {
    return deal != null && deal.state().isEditable() && licensorSide();
  }

  public boolean isMayConsent() {
    return inReview() && deal.state() != DealState.UNDER_REVIEW && pendingConsenter();
  }

  public boolean isMayApprove() {
    return caller.hasRole(Role.ADMIN)
        && deal != null
        && (deal.state() == DealState.UNDER_REVIEW
            || (deal.state() == DealState.SUBMITTED
                && deal.consents().stream().allMatch(ConsentView::given)))
        && !caller.name().equals(deal.submittedBy())
        && !deal.approvedBy().contains(caller.name());
  }

  public boolean isMayReject() {
    return caller.hasRole(Role.ADMIN) && inReview();
  }

  public boolean isMayRequestChanges() {
    return inReview() && (caller.hasRole(Role.ADMIN) || pendingConsenter());
  }

  public boolean isMayTerminate() {
    return caller.hasRole(Role.ADMIN)
        && deal != null
        && (deal.state() == DealState.EXECUTED || deal.state() == DealState.ACTIVE);
  }

  public boolean isMayRevise() {
    return deal != null && deal.state().isEditable() && licensorSide();
  }

  public boolean isMayExecute() {
    return deal != null && deal.state() == DealState.APPROVED && licensorSide();
  }

  public boolean isMayRecordPayment() {
    return deal != null && deal.state().acceptsPayments() && licensorSide();
  }

  /** Obligations a payment may meet: the open ones. */
  public List<ObligationView> getOpenObligations() {
    return obligations.stream()
        .filter(o -> o.status() != ObligationStatus.MET && o.status() != ObligationStatus.WAIVED)
        .toList();
  }

  public List<ObligationView> getObligations() {
    return obligations;
  }

  public List<PaymentPurpose> getPurposes() {
    return List.of(PaymentPurpose.values());
  }

  public List<String> getCurrencies() {
    return List.of("SGD", "CNY");
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public boolean isAnyAction() {
    return isMaySubmit()
        || isMayConsent()
        || isMayApprove()
        || isMayReject()
        || isMayRequestChanges()
        || isMayTerminate();
  }

  /** The timeline, newest first. */
  public List<DealEventView> getTimeline() {
    if (deal == null) {
      return List.of();
    }
    List<DealEventView> events = new java.util.ArrayList<>(deal.timeline());
    java.util.Collections.reverse(events);
    return events;
  }

  public String getApprovalsText() {
    if (deal == null) {
      return "";
    }
    String by = deal.approvedBy().isEmpty() ? "—" : String.join(", ", deal.approvedBy());
    return Messages.text("lic.deal.approvalsNeeded", Math.max(1, deal.requiredApprovals()), by);
  }

  public String consentText(ConsentView consent) {
    return consent.given()
        ? Messages.text("lic.deal.consentGiven", consent.givenBy())
        : Messages.text("lic.deal.consentPending");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DealView getDeal() {
    return deal;
  }

  public DistributionStatement getDistribution() {
    return distribution;
  }

  public boolean isMissing() {
    return missing;
  }

  public LocalDate getSigningDate() {
    return signingDate;
  }

  public void setSigningDate(LocalDate signingDate) {
    this.signingDate = signingDate;
  }

  public Part getSignedPdf() {
    return signedPdf;
  }

  public void setSignedPdf(Part signedPdf) {
    this.signedPdf = signedPdf;
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

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public PaymentPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(PaymentPurpose purpose) {
    this.purpose = purpose;
  }

  public Long getObligationId() {
    return obligationId;
  }

  public void setObligationId(Long obligationId) {
    this.obligationId = obligationId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
