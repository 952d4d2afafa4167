package org.institute.archfixtures.alpha.application;

import org.institute.archfixtures.gamma.GammaApi;

/** Planted: alpha uses gamma, which its Maven module does not depend on (no cycle). */
public class PlantedAlphaUsesGamma {
  public String of(GammaApi gamma) {
    return gamma.label();
  }
}
