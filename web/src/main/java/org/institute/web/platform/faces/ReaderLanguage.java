package org.institute.web.platform.faces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The reader's language where no Faces view answers (the error pages): the one the portal's
 * language switch chose for this session, else the browser's.
 */
public final class ReaderLanguage {
  /** The session attribute the portal's language choice is kept under. */
  public static final String SESSION_ATTRIBUTE = "org.institute.web.language";

  private ReaderLanguage() {}

  /** The language tag the portal uses for the tag the browser or the session gave. */
  public static String tag(String chosen, Locale requested) {
    if (chosen != null && !chosen.isBlank()) {
      return chosen.startsWith("zh") ? "zh-CN" : "en";
    }
    return requested != null && requested.getLanguage().equals("zh") ? "zh-CN" : "en";
  }

  /** The reader's language for a request outside the Faces views. */
  public static String tag(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    return tag(chosen instanceof String s ? s : null, request.getLocale());
  }
}
