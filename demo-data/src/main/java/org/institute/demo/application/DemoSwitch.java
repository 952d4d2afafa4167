package org.institute.demo.application;

import org.eclipse.microprofile.config.Config;

/** Demo data loads only when switched on explicitly: {@code INSTITUTE_DEMO=true}. */
final class DemoSwitch {
  private DemoSwitch() {}

  static boolean enabled(Config config) {
    return config.getOptionalValue("institute.demo", Boolean.class).orElse(false);
  }
}
