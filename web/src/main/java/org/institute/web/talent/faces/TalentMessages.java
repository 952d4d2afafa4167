package org.institute.web.talent.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;

/** Messages of the talent pages, from the bundle in the view's language. */
final class TalentMessages {
  private TalentMessages() {}

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

  static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  static void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }

  /**
   * Runs a command and turns a refusal into messages: each violation beside its field (found as
   * {@code formId:field}), a conflict or refusal at the top.
   *
   * @return whether the command succeeded
   */
  static boolean attempt(String formId, Runnable command) {
    try {
      command.run();
      return true;
    } catch (InvalidCommandException e) {
      e.violations()
          .forEach(
              v ->
                  error(
                      v.field() == null || formId == null ? null : formId + ":" + v.field(),
                      v.messageKey()));
      if (formId != null) {
        // also at the top, for fields the form does not have
        e.violations().forEach(v -> error(null, v.messageKey()));
      }
    } catch (ConflictException e) {
      error(null, e.messageKey());
    } catch (AccessRefusedException e) {
      error(null, "talent.refused");
    } catch (RecordNotFoundException e) {
      error(null, "talent.notFound");
    }
    return false;
  }
}
