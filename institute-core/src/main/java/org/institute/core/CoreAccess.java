package org.institute.core;

import java.util.Set;

/** What the caller may do with the shared kernel: the menu and pages ask this, never roles. */
public interface CoreAccess {

  Set<CoreAction> allowedActions();

  default boolean may(CoreAction action) {
    return allowedActions().contains(action);
  }
}
