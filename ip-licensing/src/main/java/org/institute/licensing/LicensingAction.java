package org.institute.licensing;

/**
 * What a caller may do in IP and licensing in general, before any record is chosen: for menus and
 * the links to pages. Each record's view names what may be done to it.
 */
public enum LicensingAction {
  /** Read patent families, their applications and deadlines (within the caller's scope). */
  READ_PATENT_FAMILIES,
  /** Read licence deals, their payments and distribution (within the caller's scope). */
  READ_DEALS,
  /** Read invention disclosures (within the caller's scope). */
  READ_DISCLOSURES,
  /** Read the obligations of executed deals (within the caller's scope). */
  READ_OBLIGATIONS,
  /** Have an inbox of deals waiting for one's approval or consent. */
  WORK_INBOX,
  /** Draft a licence deal (for one's partner's families, or any for admins). */
  DRAFT_DEAL,
  /** Disclose an invention. */
  SUBMIT_DISCLOSURE,
  /** Register a patent family (co-owned by one's partner, or any for admins). */
  REGISTER_FAMILY,
  /** Approve, reject and terminate licence deals (admins). */
  APPROVE_DEALS,
  /** Read and save the approval policy's versions (admins, decision 0102). */
  MANAGE_APPROVAL_POLICIES,
  /** Save the institutions' distribution policies (decision 0107): admins. */
  MANAGE_DISTRIBUTION_POLICIES,
  /** Read distribution statements: admins, the council, auditors, partner staff (their own). */
  READ_DISTRIBUTIONS,
  /** Review invention disclosures: the IP office (admins). */
  REVIEW_DISCLOSURES,
  /** Change the co-owners of patent families (admins). */
  CHANGE_OWNERSHIP,
  /** Waive obligations of executed deals (admins). */
  WAIVE_OBLIGATIONS,
  /** Run the licensing calendar by hand: reminders and terms (admins, and the system). */
  RUN_CALENDAR,
  /** Read one's licensee company's signed deals and file their royalty reports (licensee staff). */
  READ_OWN_LICENCES,
  /** Read the invoices and credit notes of the deals one reads (docs/decisions/0101). */
  READ_INVOICES,
  /** Review royalty reports: accept or query them (licensing admins). */
  REVIEW_ROYALTY_REPORTS,
  /** Import history that happened before the system (start-up tasks only). */
  IMPORT_HISTORY
}
