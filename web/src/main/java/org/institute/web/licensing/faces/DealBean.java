package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.ConsentView;
import org.institute.licensing.DealEventView;
import org.institute.licensing.DealState;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.LicenceDeals;

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
  @Inject private Caller caller;

  private Long id;
  private DealView deal;
  private DistributionStatement distribution;
  private String comment;
  private boolean missing;

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
    } catch (RecordNotFoundException | AccessRefusedException e) {
      missing = true;
      deal = null;
    }
    if (missing) {
      FacesText.error(null, "lic.deal.notFound");
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

  private void act(Supplier<DealView> step) {
    try {
      DealView after = step.get();
      comment = null;
      FacesText.info("lic.deal.done", FacesText.text("lic.state." + after.state()));
    } catch (ConflictException e) {
      FacesText.error(null, "lic.deal.conflict");
    } catch (AccessRefusedException e) {
      FacesText.error(null, "lic.deal.refused");
    } catch (RecordNotFoundException e) {
      FacesText.error(null, "lic.deal.notFound");
    } catch (InvalidCommandException e) {
      FacesText.show("actions", e);
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
    Long partner = caller.hasRole(Role.PARTNER_STAFF) ? caller.partner().map(PartnerId::value).orElse(null) : null;
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
            || (deal.state() == DealState.SUBMITTED && deal.consents().stream().allMatch(ConsentView::given)))
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

  public boolean isAnyAction() {
    return isMaySubmit() || isMayConsent() || isMayApprove() || isMayReject() || isMayRequestChanges() || isMayTerminate();
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
    return FacesText.text("lic.deal.approvalsNeeded", Math.max(1, deal.requiredApprovals()), by);
  }

  public String consentText(ConsentView consent) {
    return consent.given()
        ? FacesText.text("lic.deal.consentGiven", consent.givenBy())
        : FacesText.text("lic.deal.consentPending");
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

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
