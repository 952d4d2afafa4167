package org.institute.web.platform.security;

import java.util.Map;
import java.util.Optional;
import org.institute.core.ApiArea;

/**
 * Which {@link ApiArea} a REST resource belongs to, for a personal access token's scopes: web's
 * feature packages mirror the modules, so the package says it; the kernel's resources are the
 * admins' area but for the caller's own account and token management, which say so with {@link
 * InApiArea}. An unknown package has no area, and no token reaches it.
 */
final class ApiAreas {

  private static final Map<String, ApiArea> BY_PACKAGE =
      Map.of(
          "org.institute.web.partners.rest", ApiArea.PARTNERS,
          "org.institute.web.licensing.rest", ApiArea.LICENSING,
          "org.institute.web.talent.rest", ApiArea.TALENT,
          "org.institute.web.records.rest", ApiArea.RECORDS,
          "org.institute.web.funding.rest", ApiArea.RECORDS,
          "org.institute.web.reports.rest", ApiArea.REPORTS,
          "org.institute.web.core.rest", ApiArea.ADMIN);

  private ApiAreas() {}

  static Optional<ApiArea> of(Class<?> resource) {
    InApiArea declared = resource.getAnnotation(InApiArea.class);
    if (declared != null) {
      return Optional.of(declared.value());
    }
    return Optional.ofNullable(BY_PACKAGE.get(resource.getPackageName()));
  }

  /** GET, HEAD and OPTIONS read; every other method may change something. */
  static boolean writes(String method) {
    return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
  }
}
