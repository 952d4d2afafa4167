package org.institute.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link MixedSession} reads from the portal's pages and the API's answers, as a browser
 * would.
 */
final class PortalForms {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern SIGN_OUT_LABEL =
      Pattern.compile("id=\"signOutForm:signOut\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern SIGN_OUT_ACTION =
      Pattern.compile("<form id=\"signOutForm\"[^>]*action=\"([^\"]*)\"");
  private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern LAST_ID = Pattern.compile("/(\\d+)$");

  private PortalForms() {}

  /** The login form's fields, with the view state of the login page just rendered. */
  static String signIn(String loginPage, String username, String password) {
    return "login=login&login%3Anext=&login%3Ausername="
        + enc(username)
        + "&login%3Apassword="
        + enc(password)
        + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState="
        + enc(viewState(loginPage));
  }

  /**
   * The header's sign-out form of a rendered page: its fields, posted back to the page's own view.
   */
  static String signOut(String page) {
    Matcher label = SIGN_OUT_LABEL.matcher(page);
    return "signOutForm=signOutForm&signOutForm%3AsignOut="
        + enc(label.find() ? label.group(1) : "Sign out")
        + "&jakarta.faces.ViewState="
        + enc(viewState(page));
  }

  /** Where the sign-out form posts: the view that rendered it, whose view state it carries. */
  static Optional<String> signOutAction(String page) {
    Matcher action = SIGN_OUT_ACTION.matcher(page);
    return action.find() ? Optional.of(action.group(1).replace("&amp;", "&")) : Optional.empty();
  }

  static Optional<String> accessToken(String json) {
    Matcher m = TOKEN.matcher(json);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The id at the end of a 201's Location. */
  static long createdId(HttpResponse<String> r) {
    Matcher m = LAST_ID.matcher(r.headers().firstValue("Location").orElse(""));
    if (!m.find()) {
      throw new IllegalStateException("no Location on " + r.uri());
    }
    return Long.parseLong(m.group(1));
  }

  private static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
