package org.institute.web.partners.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.institute.core.InvalidCommandException;

/** Portal messages from the resource bundle, in the view's language (as the core pages do). */
final class PortalMessages {
  private PortalMessages() {}

  static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String pattern = bundle.getString(key);
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, bundle.getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  static void error(String clientId, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** An information that survives the redirect after a successful command. */
  static void infoAfterRedirect(String key, Object... args) {
    info(key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Shows each violation beside its field, found as {@code formId:field}; a violation of a field
   * the form does not show (or of the whole command) goes to the page's messages.
   */
  static void show(String formId, InvalidCommandException refused, java.util.Set<String> fields) {
    refused
        .violations()
        .forEach(
            v ->
                error(
                    v.field() != null && fields.contains(v.field())
                        ? formId + ":" + v.field()
                        : null,
                    v.messageKey()));
  }
}
