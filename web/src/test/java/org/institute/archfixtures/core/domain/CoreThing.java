package org.institute.archfixtures.core.domain;

/** Core domain: clean. */
public class CoreThing {
  public String name() {
    return "core";
  }
}
