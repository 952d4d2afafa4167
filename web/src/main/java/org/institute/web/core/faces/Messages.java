package org.institute.web.core.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.institute.core.InvalidCommandException;

/** Portal messages from the resource bundle, in the view's language. */
final class Messages {
  private Messages() {}

  static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
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

  /** Shows each violation beside its field, found as {@code formId:field}. */
  static void show(String formId, InvalidCommandException refused) {
    refused
        .violations()
        .forEach(v -> error(v.field() == null ? null : formId + ":" + v.field(), v.messageKey()));
  }
}
