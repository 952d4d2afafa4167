package org.institute.archfixtures.alpha.domain;

import org.institute.archfixtures.alpha.application.AlphaService;

/** Planted: the domain depends on its application (and closes a cycle domain - application). */
public class PlantedAlphaDomainUsesApplication {
  public AlphaService service() {
    return new AlphaService();
  }
}
