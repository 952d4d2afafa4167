package org.institute.archfixtures.core;

import org.institute.archfixtures.alpha.AlphaApi;

/** Planted: core uses alpha, which depends on core (a module cycle, against the graph). */
public class PlantedCoreKnowsAlpha {
  public String describe(AlphaApi alpha) {
    return alpha.find(1).name();
  }
}
