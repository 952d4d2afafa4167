package org.institute.licensing;

/** What can be done to an obligation of an executed deal; its view names those allowed. */
public enum ObligationAction {
  /** Waive an open obligation, with a reason: admins. */
  WAIVE
}
