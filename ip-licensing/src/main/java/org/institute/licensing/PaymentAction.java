package org.institute.licensing;

/** What can be done to a recorded payment; its view names those its reader may take. */
public enum PaymentAction {
  /**
   * Void it, with a reason: admins, once. It stays on record but counts no more; its split and what
   * it paid towards an obligation are reversed.
   */
  VOID
}
