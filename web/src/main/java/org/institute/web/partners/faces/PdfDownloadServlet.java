package org.institute.web.partners.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.partners.Agreements;
import org.institute.partners.GoverningCouncil;

/**
 * Downloads for the portal, with the session cookie: an agreement's signed copy and a council
 * meeting's minutes. The partners module decides who may read them; anything the caller may not
 * read answers 404, exactly like a file that does not exist. Always an attachment, never sniffed.
 */
@WebServlet(urlPatterns = {PdfDownloadServlet.AGREEMENTS + "*", PdfDownloadServlet.MINUTES + "*"})
public class PdfDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String AGREEMENTS = "/app/files/agreements/";

  /** Under /app/council/, so the council area's role constraint covers it too. */
  static final String MINUTES = "/app/council/minutes/";

  @Inject private Agreements agreements;
  @Inject private GoverningCouncil council;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Long> id = AgreementBean.parse(stripSlash(request.getPathInfo()));
    if (id.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path = request.getServletPath() + "/";
    Optional<Pdf> pdf;
    try {
      pdf =
          path.equals(AGREEMENTS)
              ? agreements.signedCopy(id.get()).map(c -> new Pdf(c.fileName(), c.content()))
              : council.minutes(id.get()).map(m -> new Pdf(m.fileName(), m.content()));
    } catch (AccessRefusedException refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (pdf.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(response, pdf.get());
  }

  private record Pdf(String fileName, byte[] content) {}

  private static String stripSlash(String pathInfo) {
    return pathInfo == null ? null : pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
  }

  private static void send(HttpServletResponse response, Pdf pdf) throws IOException {
    String ascii = pdf.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + URLEncoder.encode(pdf.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.content().length);
    response.getOutputStream().write(pdf.content());
  }
}
