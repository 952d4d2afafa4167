package org.institute.talent;

/**
 * What a caller may do in talent programmes in general, whatever the record: what menus and home
 * pages ask ({@link Programmes#allowedActions()}).
 */
public enum TalentAction {
  /** Read the catalogue and the cohorts in the caller's scope. */
  BROWSE_PROGRAMMES,
  /** Register programmes in the catalogue. */
  REGISTER_PROGRAMME,
  /** Search, read and register participants (personal data). */
  MANAGE_PARTICIPANTS,
  /** List issued certificates, download their PDFs and revoke them. */
  MANAGE_CERTIFICATES
}
