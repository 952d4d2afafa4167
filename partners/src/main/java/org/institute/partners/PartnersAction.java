package org.institute.partners;

/**
 * What the caller may do in the partners module as a whole, for menus and toolbars ({@link
 * PartnersAccess#allowedActions()}). Actions on one record are on its view.
 */
public enum PartnersAction {
  /** Browse the partner directory and partner profiles. */
  BROWSE_PARTNERS,
  /** Open the profile of the partner the caller works for. */
  SEE_OWN_PARTNER,
  REGISTER_PARTNER,
  /** Browse the agreements the caller may see. */
  BROWSE_AGREEMENTS,
  RECORD_AGREEMENT,
  /** Read the Governing Council's members, meetings, decisions and minutes. */
  READ_COUNCIL,
  /** Appoint members and record meetings, decisions and minutes. */
  RECORD_COUNCIL
}
