package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealEventView;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.Execution;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.NewPayment;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.ObligationView;
import org.institute.licensing.PaymentAction;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentView;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.KeptUploads;
import org.institute.web.platform.faces.Messages;

/**
 * A deal's detail: terms, consents, approvals, timeline, payments and distribution, with the steps
 * the signed-in user may take: those the module's view of the deal names ({@link
 * DealView#allowedActions()}). The module decides and enforces; this page only shows its answer.
 */
@Named("licDeal")
@ViewScoped
public class DealBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private LicenceDeals deals;

  /** The signed PDF's field; its file is kept across a refusal (KeptUploads). */
  static final String SIGNED_PDF = "execution:signedPdf";

  @Inject private KeptUploads keptUploads;
  @Inject private LicenceObligations obligationsOf;
  @Inject private Clock clock;
  @Inject private LicensingFormat licFmt;

  private Long id;
  private DealView deal;
  private DistributionStatement distribution;
  private String comment;
  private String councilResolution;
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

  private Long voidingId;
  private String voidReason;
  private boolean voidRefused;

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

  public String submit() {
    return act(() -> deals.submit(id, comment));
  }

  public String consent() {
    return act(() -> deals.consent(id, comment));
  }

  public String approve() {
    return act(() -> deals.approve(id, comment, councilResolution));
  }

  public String reject() {
    return act(() -> deals.reject(id, comment));
  }

  public String requestChanges() {
    return act(() -> deals.requestChanges(id, comment));
  }

  public String terminate() {
    return act(() -> deals.terminate(id, comment));
  }

  /** Records the signature: the signing date and the signed PDF. */
  public String execute() {
    KeptFiles.Kept pdf = keptUploads.of(SIGNED_PDF).orElse(null);
    if (pdf == null) {
      Messages.error(SIGNED_PDF, "document.required");
      return null;
    }
    String outcome =
        act(
            "execution",
            () -> {
              try {
                return deals.execute(
                    id, new Execution(signingDate, pdf.fileName(), pdf.content(), comment));
              } catch (InvalidCommandException refused) {
                keptUploads.refused(SIGNED_PDF, refused, "signedPdf");
                throw refused;
              }
            });
    if (outcome != null) {
      keptUploads.done(SIGNED_PDF);
    }
    return outcome;
  }

  /**
   * Records a payment; the page then shows its split between the co-owners. On success the page is
   * loaded again by a redirect, so a reload never records the payment twice; on a refusal it stays
   * as filled in, with each message beside its field.
   */
  public String recordPayment() {
    PaymentView[] paid = new PaymentView[1];
    String outcome =
        act(
            "payment",
            () -> {
              paid[0] =
                  deals.recordPayment(
                      id,
                      new NewPayment(receivedOn, amount, currency, purpose, note, obligationId));
              return deal;
            },
            () ->
                Messages.reloadAfter(
                    "lic.payment.recorded", licFmt.money(paid[0].amount(), paid[0].currency())));
    return outcome;
  }

  /** Opens the confirmation of a payment's void: what it names comes from the payment shown. */
  public void startVoiding(long paymentId) {
    voidingId = paymentId;
    voidReason = null;
    voidRefused = false;
  }

  /**
   * Voids the payment being confirmed, with the reason given. On success the deal is loaded again
   * by a redirect (a reload never voids twice) and shows the payment as voided; without a reason
   * the dialog opens again with the message beside the field and what was typed; any other refusal
   * is shown at the top, with the deal as it is now.
   */
  public String voidPayment() {
    Long paymentId = voidingId;
    if (paymentId == null) {
      Messages.error(null, "lic.deal.conflict");
      load();
      return null;
    }
    try {
      PaymentView voided = deals.voidPayment(id, paymentId, voidReason);
      return Messages.reloadAfter(
          "lic.payment.voided",
          licFmt.money(voided.amount(), voided.currency()),
          voided.receivedOn().toString());
    } catch (InvalidCommandException e) {
      Messages.show("voidForm", e);
      voidRefused = true;
    } catch (ConflictException e) {
      Messages.error(null, e.messageKey());
    } catch (AccessRefusedException e) {
      Messages.error(null, "lic.deal.refused");
    } catch (RecordNotFoundException e) {
      Messages.error(null, "lic.deal.notFound");
    }
    load();
    return null;
  }

  /** The payment whose void is being confirmed, as the page shows it; null when none. */
  public PaymentView getVoiding() {
    if (voidingId == null || distribution == null) {
      return null;
    }
    return distribution.payments().stream()
        .filter(p -> p.id() == voidingId)
        .findFirst()
        .orElse(null);
  }

  /** The confirmation's question, naming the amount, the payer and the date. */
  public String getVoidingText() {
    PaymentView p = getVoiding();
    if (p == null || deal == null) {
      return "";
    }
    return Messages.text(
        "lic.payment.void.confirm",
        licFmt.money(p.amount(), p.currency()),
        deal.licenseeName(
            FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag()),
        p.receivedOn().toString());
  }

  /** What each co-owner gives back when the payment being confirmed is voided. */
  public List<String> getVoidingParts() {
    PaymentView p = getVoiding();
    if (p == null) {
      return List.of();
    }
    return p.distribution().stream()
        .map(
            l ->
                Messages.text(
                    "lic.payment.void.part",
                    l.partnerName(
                        FacesContext.getCurrentInstance()
                            .getViewRoot()
                            .getLocale()
                            .toLanguageTag()),
                    licFmt.money(l.amountSgd(), "SGD"),
                    licFmt.money(l.amountCny(), "CNY")))
        .toList();
  }

  /** Whether the module offers the reader the payment's void. */
  public boolean mayVoid(PaymentView payment) {
    return payment != null && payment.allowedActions().contains(PaymentAction.VOID);
  }

  /** Whether any payment shown may be voided by the reader: the confirmation is on the page. */
  public boolean isAnyVoidable() {
    return distribution != null && distribution.payments().stream().anyMatch(this::mayVoid);
  }

  private String act(Supplier<DealView> step) {
    return act("actions", step);
  }

  private String act(String form, Supplier<DealView> step) {
    DealView[] after = new DealView[1];
    return act(
        form,
        () -> after[0] = step.get(),
        () ->
            Messages.reloadAfter("lic.deal.done", Messages.text("lic.state." + after[0].state())));
  }

  /**
   * Runs a step of the deal; on success answers the redirect {@code done} gives, on a refusal shows
   * why and stays on the page (null) with what was typed.
   */
  private String act(String form, Supplier<DealView> step, Supplier<String> done) {
    try {
      step.get();
      return done.get();
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
    return null;
  }

  private boolean allows(DealAction action) {
    return deal != null && deal.allowedActions().contains(action);
  }

  public boolean isMaySubmit() {
    return allows(DealAction.SUBMIT);
  }

  public boolean isMayConsent() {
    return allows(DealAction.CONSENT);
  }

  public boolean isMayApprove() {
    return allows(DealAction.APPROVE);
  }

  public boolean isMayReject() {
    return allows(DealAction.REJECT);
  }

  public boolean isMayRequestChanges() {
    return allows(DealAction.REQUEST_CHANGES);
  }

  public boolean isMayTerminate() {
    return allows(DealAction.TERMINATE);
  }

  public boolean isMayRevise() {
    return allows(DealAction.REVISE);
  }

  public boolean isMayExecute() {
    return allows(DealAction.EXECUTE);
  }

  public boolean isMayRecordPayment() {
    return allows(DealAction.RECORD_PAYMENT);
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

  /**
   * What the approval policy decided at the submission: the admins, the consent and the council's
   * resolution, and which rule of which version decided it.
   */
  public String getNeedsText() {
    org.institute.licensing.ApprovalNeeds needs = deal == null ? null : deal.approvalNeeds();
    if (needs == null) {
      return "";
    }
    String asks =
        LicensingFormat.approvalNeeds(
            needs.adminApprovals(), needs.coOwnerConsent(), needs.councilResolution());
    String why =
        needs.rule() == null
            ? Messages.text("lic.deal.needs.default", needs.policyVersion())
            : Messages.text("lic.deal.needs.rule", needs.rule(), needs.policyVersion());
    return asks + " " + why;
  }

  public String getCouncilResolution() {
    return councilResolution;
  }

  public void setCouncilResolution(String councilResolution) {
    this.councilResolution = councilResolution;
  }

  public String getApprovalsText() {
    if (deal == null) {
      return "";
    }
    // who approved follows, as display names marked apart (PeopleNames)
    return Messages.text("lic.deal.approvalsNeeded", Math.max(1, deal.requiredApprovals()));
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

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }

  public boolean isVoidRefused() {
    return voidRefused;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
