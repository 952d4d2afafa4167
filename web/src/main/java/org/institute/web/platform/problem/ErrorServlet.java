package org.institute.web.platform.problem;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.AccessRefusedException;
import org.institute.core.RecordNotFoundException;
import org.institute.web.platform.faces.ReaderLanguage;

/**
 * The error page of the whole WAR (see web.xml): a problem body for API addresses, a plain page in
 * the reader's language for the portal. The server's own error page would show its name and, for a
 * 500, a trace.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getDispatcherType() != DispatcherType.ERROR) {
      // asked for by its own address: nothing lives there, so it is a page not found, not an
      // incident (which anyone could otherwise write into the log at will, with a 500)
      notFound(request, response);
      return;
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (expiredView(error) && !response.isCommitted()) {
      // a form posted after its session ended, or forged without this session's view state:
      // nothing was done, and the user signs in again
      response.resetBuffer();
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + "/login.xhtml");
      return;
    }
    status = refusal(error).orElse(status);
    if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
      // the default servlet's answer to PATCH and unknown methods on addresses without a resource:
      // for the client that method is simply not allowed here
      status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
    }
    String detail = null;
    String incident = null;
    boolean databaseDown = status == 500 && error != null && DatabaseUnavailable.isCause(error);
    if (databaseDown) {
      // not our bug: the client may try again shortly (logged briefly, no trace)
      LOG.warning(() -> "database unreachable at " + uri + ": " + error);
      status = 503;
      if (response.isCommitted()) {
        return;
      }
      response.resetBuffer();
      response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
      if (uri.startsWith(request.getContextPath() + "/api/")) {
        DatabaseUnavailable.write(response);
        return;
      }
      detail = "error.database";
    } else if (status >= 500) {
      incident = UUID.randomUUID().toString();
      String logged = incident;
      LOG.log(Level.SEVERE, "unexpected error at " + uri + ", incident " + logged, error);
      detail = "error.incident";
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      Problems.write(
          response, status, title(status), detail == null ? null : english(detail, incident));
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(page(request, status, detail, incident));
  }

  /** The answer to a request of the error page's own address: 404, as for any unknown page. */
  private static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(page(request, HttpServletResponse.SC_NOT_FOUND, null, null));
  }

  /**
   * The portal's error page in the reader's language (the session's choice, else the browser's),
   * never a trace: the status, what it means, the incident to quote, the way back.
   */
  static String page(HttpServletRequest request, int status, String detail, String incident) {
    String tag = ReaderLanguage.tag(request);
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(tag), NO_FALLBACK);
    String title = status + " — " + text(bundle, "error.status." + key(status));
    String base = request.getContextPath();
    return "<!DOCTYPE html><html lang=\""
        + tag
        + "\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title><link rel=\"stylesheet\" href=\""
        + base
        + "/resources/css/portal.css\"></head><body class=\"error-page\"><main><h1>"
        + title
        + "</h1><p>"
        + text(bundle, "error.explain." + key(status))
        + "</p>"
        + (detail == null
            ? ""
            : "<p>" + MessageFormat.format(text(bundle, detail), incident) + "</p>")
        + "<p><a href=\""
        + base
        + "/\">"
        + text(bundle, "error.back")
        + "</a></p></main></body></html>";
  }

  private static final String BUNDLE = "i18n.messages";

  /** English is the base bundle: never the server's own default locale instead. */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** The statuses the bundles explain; any other 4xx reads as a bad request, 5xx as ours. */
  private static String key(int status) {
    return switch (status) {
      case 400, 403, 404, 405, 413, 503 -> String.valueOf(status);
      default -> status >= 500 ? "500" : "400";
    };
  }

  private static String text(ResourceBundle bundle, String key) {
    return bundle.getString(key);
  }

  private static String english(String detail, String incident) {
    return MessageFormat.format(
        text(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK), detail), incident);
  }

  /** Grizzly's code for a form post above its limit, thrown while the parameters are read. */
  private static final String TOO_LARGE = "GRIZZLY0205";

  /**
   * A service's refusal that reached a page unhandled is the user's answer, not our failure: a
   * record out of scope is 404 and an action outside the role 403, as in the API; a form above the
   * size limit 413.
   */
  private static java.util.Optional<Integer> refusal(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AccessRefusedException) {
        return java.util.Optional.of(HttpServletResponse.SC_FORBIDDEN);
      }
      if (t instanceof RecordNotFoundException) {
        return java.util.Optional.of(HttpServletResponse.SC_NOT_FOUND);
      }
      if (t instanceof IllegalStateException
          && String.valueOf(t.getMessage()).contains(TOO_LARGE)) {
        // the HTTP layer's limit on a form's size (2 MB): the sender's answer, not our failure
        return java.util.Optional.of(413);
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean expiredView(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.faces.application.ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 ->
          "Too large: shorten the longest field or choose a smaller file, then send it again";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Internal error" : "Error";
    };
  }
}
