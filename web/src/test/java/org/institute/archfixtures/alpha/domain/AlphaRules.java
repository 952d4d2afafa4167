package org.institute.archfixtures.alpha.domain;

/** Alpha domain rule: clean. */
public class AlphaRules {
  public boolean allows(String name) {
    return !name.isBlank();
  }
}
