package org.institute.partners;

/**
 * What the caller may do with one partner's profile ({@link PartnerDetails#allowedActions()}).
 * Decided by the partners module; pages show what it says.
 */
public enum PartnerAction {
  /** Change the partner's names, description, contacts and status. */
  EDIT,
  /** See the partner's people (its user accounts). */
  SEE_STAFF
}
