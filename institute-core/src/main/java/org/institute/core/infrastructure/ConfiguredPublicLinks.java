package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.PublicLinks;

/** {@link PublicLinks} from MicroProfile Config: {@code institute.public.url}. */
@ApplicationScoped
public class ConfiguredPublicLinks implements PublicLinks {

  /** The address of a portal run on a developer's machine, as the README starts it. */
  public static final String DEFAULT = "http://localhost:8080";

  @Inject
  @ConfigProperty(name = "institute.public.url", defaultValue = DEFAULT)
  String base;

  public ConfiguredPublicLinks() {}

  /** For tests: links under this base URL. */
  public ConfiguredPublicLinks(String base) {
    this.base = base;
  }

  @Override
  public String to(String path) {
    String root = base == null || base.isBlank() ? DEFAULT : base.strip().replaceAll("/+$", "");
    return root + (path.startsWith("/") ? path : "/" + path);
  }
}
