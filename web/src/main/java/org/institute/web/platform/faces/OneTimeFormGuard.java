package org.institute.web.platform.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.NavigationHandler;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;

/**
 * The one place where a guarded form's one-time token is checked (decision 0085): wraps the
 * application's action listener, and before a command marked {@code <f:attribute name="oneTime"
 * value="true"/>} runs its action, uses up the token its form carries ({@link FormTokens}). A token
 * used already (double click, replayed POST) or missing refuses the action: nothing runs, and the
 * page is loaded again with a message, showing the record as it now is.
 */
public class OneTimeFormGuard implements ActionListener {
  private final ActionListener next;

  public OneTimeFormGuard(ActionListener next) {
    this.next = next;
  }

  @Override
  public void processAction(ActionEvent event) throws AbortProcessingException {
    if (guarded(event.getComponent()) && !consumed(FacesContext.getCurrentInstance())) {
      refuse(FacesContext.getCurrentInstance());
      return;
    }
    next.processAction(event);
  }

  static boolean guarded(UIComponent command) {
    Object mark = command.getAttributes().get(FormTokens.GUARDED);
    return mark != null && Boolean.parseBoolean(mark.toString());
  }

  private static boolean consumed(FacesContext faces) {
    String token = faces.getExternalContext().getRequestParameterMap().get(FormTokens.PARAMETER);
    return CDI.current().select(FormTokens.class).get().consume(token);
  }

  private static void refuse(FacesContext faces) {
    Messages.error(null, "form.alreadySent");
    faces.getExternalContext().getFlash().setKeepMessages(true);
    NavigationHandler navigation = faces.getApplication().getNavigationHandler();
    navigation.handleNavigation(
        faces,
        null,
        faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true");
    faces.renderResponse();
  }
}
