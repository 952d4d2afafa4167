package org.institute.web.partners.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 413 to a portal upload far beyond what the documents store accepts, before the container
 * parses it: its multipart limit (web.xml) would otherwise fail inside Faces as a 500. Files up to
 * that limit reach the page, which says "larger than 10 MB" beside the field.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadSizeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The Faces servlet's max-request-size in web.xml. */
  static final long MAX_REQUEST_BYTES = 17_825_792L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if (type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
        && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
