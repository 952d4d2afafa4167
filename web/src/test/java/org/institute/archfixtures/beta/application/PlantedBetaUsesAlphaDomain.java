package org.institute.archfixtures.beta.application;

import org.institute.archfixtures.alpha.domain.AlphaRules;

/** Planted: beta reaches into alpha's domain instead of its API. */
public class PlantedBetaUsesAlphaDomain {
  public boolean check(String name) {
    return new AlphaRules().allows(name);
  }
}
