package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.institute.core.AccessRefusedException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.Acceptance;
import org.institute.licensing.DisclosureAction;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Disclosures;
import org.institute.partners.PartnerDirectory;
import org.institute.web.platform.faces.Messages;

/**
 * A disclosure's detail with the steps its reader may take: those the module's view of it names
 * ({@link DisclosureView#allowedActions()}). Each step is confirmed, then the page is shown again
 * through a redirect (Post/Redirect/Get).
 */
@Named("licDisclosure")
@ViewScoped
public class DisclosureBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Disclosures disclosures;
  @Inject private PartnerDirectory partners;
  @Inject private Clock clock;

  private Long id;
  private DisclosureView disclosure;
  private String reason;
  private String reference;
  private LocalDate priorityDate;
  private String acceptComment;

  /** Loads the disclosure named by the {@code id} view parameter. */
  public void load() {
    disclosure = null;
    if (id != null) {
      try {
        disclosure = disclosures.find(id).orElse(null);
      } catch (RecordNotFoundException | AccessRefusedException e) {
        disclosure = null;
      }
    }
    if (disclosure == null) {
      Messages.error(null, "lic.disclosure.notFound");
    } else if (priorityDate == null) {
      priorityDate = LocalDate.now(clock);
    }
  }

  public String accept() {
    return act(
        "acceptForm",
        "lic.disclosure.accepted",
        () ->
            disclosures.accept(
                id, new Acceptance(blankToNull(reference), priorityDate, acceptComment)));
  }

  public String requestChanges() {
    return act(
        "reviewForm",
        "lic.disclosure.changesRequested",
        () -> disclosures.requestChanges(id, reason));
  }

  public String decline() {
    return act("reviewForm", "lic.disclosure.declined", () -> disclosures.decline(id, reason));
  }

  private String act(String form, String done, Runnable command) {
    if (Messages.attempt(form, DisclosureBean::clientId, command)) {
      return Messages.reloadAfter(done, Long.toString(id));
    }
    return null;
  }

  /** The review's reason is the form's {@code reason}; the module names it {@code comment}. */
  static String clientId(String field) {
    return "comment".equals(field) ? "reason" : field;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** An inventor's partner in the reader's language. */
  public String partnerName(long partnerId, String language) {
    return partners
        .find(new PartnerId(partnerId))
        .map(p -> p.name(language))
        .orElse("#" + partnerId);
  }

  public boolean may(String action) {
    return disclosure != null
        && disclosure.allowedActions().contains(DisclosureAction.valueOf(action));
  }

  public boolean isMayReview() {
    return may("REQUEST_CHANGES") || may("DECLINE");
  }

  public DisclosureView getDisclosure() {
    return disclosure;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public LocalDate getPriorityDate() {
    return priorityDate;
  }

  public void setPriorityDate(LocalDate priorityDate) {
    this.priorityDate = priorityDate;
  }

  public String getAcceptComment() {
    return acceptComment;
  }

  public void setAcceptComment(String acceptComment) {
    this.acceptComment = acceptComment;
  }
}
