package org.institute.core;

/** What a caller may do with the institute's shared kernel, for menus and page buttons. */
public enum CoreAction {
  /** Invite users, change their roles, reset links. */
  MANAGE_USERS,
  /** Read the audit trail and verify its chain. */
  READ_AUDIT_TRAIL,
  /** Watch the mail outbox. */
  READ_OUTBOX,
  /** Read the recorded exchange rates (admins, council members, auditors). */
  READ_FX_RATES,
  /** Record and import exchange rates. */
  MANAGE_FX_RATES,
  /** Read the API's documentation (integrations are set up by admins). */
  READ_API_DOCS,
  /** Register webhook endpoints, read their delivery log, send a delivery again. */
  MANAGE_WEBHOOKS,
  /** List and revoke every user's personal access tokens (everyone manages their own). */
  MANAGE_ACCESS_TOKENS
}
