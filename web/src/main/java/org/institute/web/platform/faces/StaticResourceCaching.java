package org.institute.web.platform.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
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
    if (policy == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", policy);
    // Mojarra writes its own "max-age=604800" when it serves the resource: ours stands
    chain.doFilter(request, new KeepCacheControl(response, policy));
  }

  /** A response whose Cache-Control stays the one given, whatever the resource handler sets. */
  static final class KeepCacheControl extends HttpServletResponseWrapper {
    private final String policy;

    KeepCacheControl(HttpServletResponse response, String policy) {
      super(response);
      this.policy = policy;
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, isCacheControl(name) ? policy : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (isCacheControl(name)) {
        super.setHeader(name, policy);
      } else {
        super.addHeader(name, value);
      }
    }

    private static boolean isCacheControl(String name) {
      return "Cache-Control".equalsIgnoreCase(name);
    }
  }

  /** The Cache-Control value for a resource request with these parameters; null to leave it. */
  static String policyFor(String version, String dynamicContent) {
    if (dynamicContent != null) {
      return null;
    }
    return version == null || version.isBlank() ? REVALIDATE : IMMUTABLE;
  }
}
