package org.institute.web.platform.demo;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.institute.web.platform.persistence.DatabaseSettings;

/** Demo data is on by default only with the embedded database; INSTITUTE_DEMO decides otherwise. */
final class DemoSwitch {
  private DemoSwitch() {}

  static boolean enabled(Config config) {
    Optional<Boolean> explicit = config.getOptionalValue("institute.demo", Boolean.class);
    return explicit.orElseGet(() -> DatabaseSettings.fromConfig().embedded());
  }
}
