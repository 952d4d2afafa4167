package org.institute.records;

/** What a caller may do with the institute's records, for menus and page buttons. */
public enum RecordsAction {
  /** Research projects, publications and centres of the partners in the caller's scope. */
  READ_PROJECTS,
  READ_SPIN_OFFS,
  READ_FUNDING,
  /** The headquarters space: every partner's, so only callers who read everything. */
  READ_SPACE,
  /**
   * Record centres, projects, publications, commitments, space, spin-offs; link patent families.
   */
  MANAGE_RECORDS
}
