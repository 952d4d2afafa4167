package org.institute.web.partners.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.partners.AgreementAction;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.KeptUploads;
import org.institute.web.platform.faces.Messages;

/**
 * One agreement: its parties under the names they signed with, its term, and its signed copy.
 * Admins replace the signed copy and terminate the agreement here, always against the version they
 * read, so that someone else's change is reported, never overwritten. An agreement the caller may
 * not see looks exactly like one that does not exist.
 */
@Named("agreementPage")
@ViewScoped
public class AgreementBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "agreementAdmin";

  @Inject private Agreements agreements;
  @Inject private KeptUploads keptUploads;

  private String id;
  private AgreementView agreement;
  private transient Part file;
  private LocalDate terminatedOn;
  private boolean conflict;

  /** Runs before the first render: loads the agreement, or answers 404 with the not-found text. */
  public void load() {
    agreement = parse(id).flatMap(agreements::find).orElse(null);
    if (agreement == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  static Optional<Long> parse(String id) {
    if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(id));
  }

  /**
   * Stores the signed copy; like {@link #terminate} it answers a redirect to this agreement with
   * its message on success (a reload never sends it again), and stays on a refusal.
   */
  public String uploadSignedCopy() {
    if (agreement == null) {
      return null;
    }
    try {
      KeptFiles.Kept upload =
          keptUploads
              .of(FORM + ":file")
              .orElseThrow(() -> InvalidCommandException.of("file", "document.required"));
      AgreementView stored =
          agreements.attachSignedCopy(
              agreement.id(), agreement.version(), upload.fileName(), upload.content());
      keptUploads.done(FORM + ":file");
      return Messages.reloadAfter("agreement.copy.stored", stored.signedCopy().fileName());
    } catch (InvalidCommandException refused) {
      keptUploads.refused(FORM + ":file", refused, "file");
      Messages.show(FORM, refused);
    } catch (ConflictException stale) {
      conflicted(stale);
    } catch (RecordNotFoundException gone) {
      gone();
    } finally {
      file = null;
    }
    return null;
  }

  public String terminate() {
    if (agreement == null) {
      return null;
    }
    try {
      AgreementView terminated =
          agreements.terminate(agreement.id(), agreement.version(), terminatedOn);
      return Messages.reloadAfter("agreement.terminated", terminated.terminatedOn());
    } catch (InvalidCommandException refused) {
      Messages.show(FORM, refused);
    } catch (ConflictException stale) {
      conflicted(stale);
    } catch (RecordNotFoundException gone) {
      gone();
    }
    return null;
  }

  private void conflicted(ConflictException stale) {
    conflict = "conflict.staleVersion".equals(stale.messageKey());
    Messages.error(null, stale.messageKey());
  }

  private void gone() {
    agreement = null;
    Messages.error(null, "agreement.notFound");
  }

  /** Whether the module lets the caller do this ({@link AgreementAction} by name) here. */
  public boolean allows(String action) {
    return agreement != null && agreement.allows(AgreementAction.valueOf(action));
  }

  /** Whether the caller may do anything with this agreement: the page shows its forms. */
  public boolean isActionable() {
    return agreement != null && !agreement.allowedActions().isEmpty();
  }

  public AgreementView getAgreement() {
    return agreement;
  }

  /** Whether the last command met a newer version than the one shown: the page offers a reload. */
  public boolean isConflict() {
    return conflict;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public LocalDate getTerminatedOn() {
    return terminatedOn;
  }

  public void setTerminatedOn(LocalDate terminatedOn) {
    this.terminatedOn = terminatedOn;
  }
}
