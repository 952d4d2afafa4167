package org.institute.web.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Optional;
import org.institute.core.InvalidCommandException;

/**
 * The one place a form's uploaded file survives a refusal (issue 15, "nothing uploaded is lost"). A
 * file field carries {@code <f:validator validatorId="keptUpload"/>} ({@link KeptUploadValidator}):
 * whenever a file is chosen it is kept here, whatever else the form gets wrong, even a field that
 * fails conversion before any action runs. Beside the field, {@code <inst:keptFile
 * for="form:field"/>} shows "File kept: name" and posts the file's token back, so that the form
 * sent again finds the file without choosing it; choosing another replaces it. The form's action
 * asks {@link #of} for the file (chosen now or kept) and, once stored, calls {@link #done}. The
 * newest three files of a session are kept.
 */
@Named("keptUploads")
@SessionScoped
public class KeptUploads implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What follows the field's client id in the name of the hidden field with the token. */
  public static final String TOKEN_SUFFIX = "-kept";

  private static final String CHOSEN = KeptUploads.class.getName() + ":";

  private final KeptFiles files = new KeptFiles(3);

  /** Keeps the file chosen in the field, replacing the one kept for it before. */
  KeptFiles.Kept keep(String clientId, Part part) {
    files.drop(postedToken(clientId));
    KeptFiles.Kept kept = files.keep(part.getSubmittedFileName(), UploadedBytes.of(part));
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestMap()
        .put(CHOSEN + clientId, kept.token());
    return kept;
  }

  /** The field's file in this request: chosen now, or kept from a refused submission. */
  public Optional<KeptFiles.Kept> of(String clientId) {
    Object chosen =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(CHOSEN + clientId);
    return files.find(chosen instanceof String token ? token : postedToken(clientId));
  }

  /** Whether the field has a file kept (the page then says so). */
  public boolean has(String clientId) {
    return of(clientId).isPresent();
  }

  /** The token of the field's kept file, for the hidden field; "" when none. */
  public String token(String clientId) {
    return of(clientId).map(KeptFiles.Kept::token).orElse("");
  }

  /** The name of the field's kept file; "" when none. */
  public String name(String clientId) {
    return of(clientId).map(KeptFiles.Kept::fileName).orElse("");
  }

  /** Forgets the field's file once the form's action stored it. */
  public void done(String clientId) {
    of(clientId).ifPresent(k -> files.drop(k.token()));
  }

  /**
   * After a refusal: a file refused for itself (the refusal names {@code field}: not a PDF, too
   * large) is not kept, so the form asks for another; a file the form was refused for otherwise is.
   */
  public void refused(String clientId, InvalidCommandException refusal, String field) {
    if (refusal.violations().stream().anyMatch(v -> field.equals(v.field()))) {
      done(clientId);
    }
  }

  private static String postedToken(String clientId) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(clientId + TOKEN_SUFFIX);
  }
}
