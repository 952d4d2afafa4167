package org.institute.partners;

import java.util.Set;

/**
 * What the current caller may do in the partners module, as the module's one policy decides it;
 * menus and toolbars show these and nothing else. Records carry their own {@code allowedActions}.
 */
public interface PartnersAccess {

  /** The module-wide actions open to the current caller; empty for someone not signed in. */
  Set<PartnersAction> allowedActions();
}
