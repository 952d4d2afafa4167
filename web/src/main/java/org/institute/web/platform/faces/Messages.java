package org.institute.web.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;

/**
 * The portal's one message helper: texts from the resource bundle in the view's language, errors
 * beside their fields, and the one mapping of a module's refusal to messages ({@link #attempt}).
 */
public final class Messages {
  private Messages() {}

  public static String text(String key, Object... args) {
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

  public static void error(String clientId, String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static void info(String key, Object... args) {
    String text = text(key, args);
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** An information that survives the redirect after a successful command (Post/Redirect/Get). */
  public static void infoAfterRedirect(String key, Object... args) {
    info(key, args);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * After a change that succeeded: its message, and the same page again through a redirect, with
   * its view parameters (Post/Redirect/Get), so that reloading the page or going back to it never
   * sends the change a second time. Return it from the action method.
   */
  public static String reloadAfter(String key, Object... args) {
    infoAfterRedirect(key, args);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  /**
   * Shows each violation beside its field, found as {@code formId:field}; a violation whose field
   * has no input on the page is shown at the top, so that none is lost.
   */
  public static void show(String formId, InvalidCommandException refused) {
    show(formId, UnaryOperator.identity(), refused);
  }

  /**
   * Shows each violation beside its field, found as {@code formId:} and the field's input named by
   * {@code inputOf} (a list's {@code inventors[1].name} may be the table's {@code
   * inventors:1:name}); as {@link #show(String, InvalidCommandException)} otherwise.
   */
  public static void show(
      String formId, UnaryOperator<String> inputOf, InvalidCommandException refused) {
    FacesContext faces = FacesContext.getCurrentInstance();
    refused
        .violations()
        .forEach(
            v -> {
              String clientId = v.field() == null ? null : formId + ":" + inputOf.apply(v.field());
              boolean onPage = clientId != null && onPage(faces, clientId);
              if (onPage) {
                error(clientId, v.messageKey());
              } else {
                error(null, v.messageKey());
              }
            });
  }

  /**
   * Runs a command from a form and turns a refusal into messages: each violation beside its field
   * (see {@link #show}), a conflict, a refused role or a missing record at the top. The page stays
   * as the user filled it in, so nothing typed is lost.
   *
   * @return whether the command succeeded
   */
  public static boolean attempt(String formId, Runnable command) {
    return attempt(formId, UnaryOperator.identity(), command);
  }

  /**
   * As {@link #attempt(String, Runnable)}, with the inputs of the violations' fields named by
   * {@code inputOf} (see {@link #show(String, UnaryOperator, InvalidCommandException)}).
   */
  public static boolean attempt(String formId, UnaryOperator<String> inputOf, Runnable command) {
    try {
      command.run();
      return true;
    } catch (InvalidCommandException e) {
      show(formId, inputOf, e);
      // and at the top too: a form in a dialog that the postback closes would hide the field's
      // message
      FacesContext faces = FacesContext.getCurrentInstance();
      e.violations().stream()
          .filter(
              v ->
                  v.field() != null
                      && formId != null
                      && onPage(faces, formId + ":" + inputOf.apply(v.field())))
          .forEach(v -> error(null, v.messageKey()));
    } catch (ConflictException e) {
      error(null, e.messageKey());
    } catch (AccessRefusedException e) {
      error(null, "command.refused");
    } catch (RecordNotFoundException e) {
      error(null, "record.notFound");
    }
    return false;
  }

  /**
   * Whether the page has the input; a table row's {@code form:table:2:input} is the table's {@code
   * input}, which every row repeats.
   */
  private static boolean onPage(FacesContext faces, String clientId) {
    return faces.getViewRoot().findComponent(":" + clientId.replaceAll(":\\d+(?=:)", "")) != null;
  }
}
