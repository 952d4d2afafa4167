package org.institute.licensing;

import java.util.Set;

/**
 * What the caller may do in IP and licensing in general: the module's answer for the portal's menu
 * and the links to its pages. Whether an action is allowed on a given record is answered by that
 * record's view ({@code allowedActions}); the module enforces both on every call.
 */
public interface LicensingAccess {

  /** The caller's licensing actions; empty for callers who have no part in licensing. */
  Set<LicensingAction> allowedActions();

  default boolean may(LicensingAction action) {
    return allowedActions().contains(action);
  }
}
