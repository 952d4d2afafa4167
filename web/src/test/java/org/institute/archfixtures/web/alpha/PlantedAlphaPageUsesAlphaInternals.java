package org.institute.archfixtures.web.alpha;

import org.institute.archfixtures.alpha.application.AlphaService;

/** Planted: a web page uses a module's application service instead of its API. */
public class PlantedAlphaPageUsesAlphaInternals {
  public String title() {
    return new AlphaService().find(1).name();
  }
}
