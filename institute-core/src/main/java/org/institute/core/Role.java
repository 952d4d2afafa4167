package org.institute.core;

/** What a person may do in the institute's system. A user may hold several roles. */
public enum Role {
  /** Institute administration: manages partners and users, approves licence deals. */
  ADMIN,
  /** Staff of one partner: works on that partner's records and those it co-owns. */
  PARTNER_STAFF,
  /** Runs programmes: opens cohorts, enrols students, issues certificates. */
  COORDINATOR,
  /** Member of the Governing Council: reads dashboards and reports. */
  COUNCIL,
  /** Reads the audit trail and verifies its integrity; changes nothing. */
  AUDITOR,
  /**
   * Staff of a licensee company (a partner with the licensee role): reads their company's licence
   * deals and files its royalty reports, nothing else (docs/decisions/0092).
   */
  LICENSEE;

  /** Role names as the container sees them (Jakarta Security groups). */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String PARTNER_STAFF_NAME = "PARTNER_STAFF";
  public static final String COORDINATOR_NAME = "COORDINATOR";
  public static final String COUNCIL_NAME = "COUNCIL";
  public static final String AUDITOR_NAME = "AUDITOR";
  public static final String LICENSEE_NAME = "LICENSEE";
}
