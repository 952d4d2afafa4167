package org.institute.web.core.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.institute.core.Accounts;
import org.institute.core.Caller;
import org.institute.core.WrittenLanguage;
import org.institute.web.platform.faces.ReaderLanguage;

/** The portal's language for this session; remembered on the account of a signed-in user. */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Accounts accounts;
  @Inject private Caller caller;

  private String tag;

  public String getTag() {
    if (tag == null) {
      remember(fromBrowser());
    }
    return tag;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getTag());
  }

  public boolean isChinese() {
    return getTag().startsWith("zh");
  }

  /**
   * The {@code lang} of a text shown as a person typed it (a note, a comment, a description):
   * {@link WrittenLanguage#tagOf}.
   */
  public String of(String text) {
    return WrittenLanguage.tagOf(text);
  }

  /** Switches language and, for a signed-in user, remembers the choice on the account. */
  public String switchTo(String newTag) {
    if (!Accounts.LANGUAGES.contains(newTag)) {
      return null;
    }
    remember(newTag);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    if (caller.isAuthenticated()) {
      accounts.changeLanguage(caller.name(), newTag);
    }
    String view = faces.getViewRoot().getViewId();
    return view + "?faces-redirect=true&includeViewParams=true";
  }

  /** Takes the language stored on the account at sign-in. */
  void adopt(String accountLanguage) {
    if (Accounts.LANGUAGES.contains(accountLanguage)) {
      remember(accountLanguage);
    }
  }

  /** Keeps the choice, also where the error pages (outside Faces) read it. */
  private void remember(String newTag) {
    tag = newTag;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getExternalContext().getSessionMap().put(ReaderLanguage.SESSION_ATTRIBUTE, newTag);
    }
  }

  private static String fromBrowser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      Locale requested = faces.getExternalContext().getRequestLocale();
      if (requested != null && requested.getLanguage().equals("zh")) {
        return "zh-CN";
      }
    }
    return "en";
  }
}
