package org.institute.web.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The signed-in session's one-time form tokens ({@link OneTimeTokens}): {@code
 * <inst:oneTimeToken/>} asks for one per rendered form, {@link OneTimeFormGuard} uses it up when a
 * guarded button submits the form.
 */
@Named("formTokens")
@SessionScoped
public class FormTokens implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The request parameter that carries a form's token. */
  public static final String PARAMETER = "oneTimeToken";

  /** The attribute that marks a command whose form must carry an unused token. */
  public static final String GUARDED = "oneTime";

  /** Forms rendered but not yet submitted that a session keeps valid (open tabs, dialogs). */
  static final int CAPACITY = 100;

  private final OneTimeTokens tokens = new OneTimeTokens(CAPACITY);

  public String issue() {
    return tokens.issue();
  }

  public boolean consume(String token) {
    return tokens.consume(token);
  }
}
