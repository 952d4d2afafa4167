package org.institute.archfixtures.alpha;

import org.institute.archfixtures.alpha.domain.AlphaRules;

/** Planted: the API package depends on its own domain. */
public final class PlantedAlphaApiUsesItsDomain {
  private PlantedAlphaApiUsesItsDomain() {}

  public static boolean allowed(String name) {
    return new AlphaRules().allows(name);
  }
}
