package org.institute.web.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.AccessRefusedException;
import org.institute.core.RecordNotFoundException;

/**
 * The error page of the whole WAR (see web.xml): a problem body for API addresses, a plain
 * bilingual page for the portal. The server's own error page would show its name and, for a 500, a
 * trace.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
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
      detail = "The database cannot be reached just now. Try again in a few seconds.";
    } else if (status >= 500) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "unexpected error at " + uri + ", incident " + incident, error);
      detail = "Something went wrong on our side. Incident " + incident + ".";
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    if (uri.startsWith(request.getContextPath() + "/api/")) {
      Problems.write(response, status, title(status), detail);
      return;
    }
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + status
                + " "
                + title(status)
                + "</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath()
                + "/resources/css/portal.css\"></head><body class=\"error-page\"><main><h1>"
                + status
                + " — "
                + title(status)
                + "</h1><p>"
                + chinese(status)
                + "</p>"
                + (detail == null ? "" : "<p>" + detail + "</p>")
                + "<p><a href=\""
                + request.getContextPath()
                + "/\">Back to the portal / 返回门户</a></p></main></body></html>");
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

  private static String chinese(int status) {
    return switch (status) {
      case 403 -> "您无权访问此页面。";
      case 404 -> "找不到此页面。";
      case 413 -> "提交的内容过大：请缩短最长的字段或选择更小的文件后重新提交。";
      case 503 -> "服务暂时不可用，请稍后再试。";
      default -> status >= 500 ? "服务器内部错误。" : "请求有误。";
    };
  }
}
