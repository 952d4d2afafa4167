package org.institute.web.platform.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cache headers for the portal's scripts, styles and images (decision 0091). A resource whose
 * address names its version ({@code v=}, see {@link VersionedResources}) never changes under that
 * address: browsers keep it a year without asking again. Any other resource is asked for again each
 * time (answered 304 while unchanged). Dynamic content ({@code pfdrid}: downloads, charts) is left
 * to PrimeFaces, which forbids caching it.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*", asyncSupported = true)
public class StaticResourceCaching extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** A year, the most that browsers and caches honour. */
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  static final String REVALIDATE = "no-cache";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String policy = policyFor(request.getParameter("v"), request.getParameter("pfdrid"));
    if (policy != null) {
      response.setHeader("Cache-Control", policy);
    }
    chain.doFilter(request, response);
  }

  /** The Cache-Control value for a resource request with these parameters; null to leave it. */
  static String policyFor(String version, String dynamicContent) {
    if (dynamicContent != null) {
      return null;
    }
    return version == null || version.isBlank() ? REVALIDATE : IMMUTABLE;
  }
}
