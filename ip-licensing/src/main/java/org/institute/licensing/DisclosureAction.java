package org.institute.licensing;

/** What can be done to an invention disclosure; its view names those its reader may take. */
public enum DisclosureAction {
  /** Resubmit a disclosure sent back for changes: its submitting partner's staff or an admin. */
  REVISE,
  /** The IP office's review of a submitted disclosure (admins). */
  ACCEPT,
  REQUEST_CHANGES,
  DECLINE
}
