package org.institute.core;

/**
 * The parts of the REST API a personal access token's scopes are given for, named after the modules
 * that own them. {@link #ACCOUNT} is the caller's own account ({@code /me}); {@link #TOKENS} is the
 * management of access tokens, which no access token may do (decision 0096).
 */
public enum ApiArea {
  PARTNERS,
  LICENSING,
  TALENT,
  RECORDS,
  REPORTS,
  /** Users, audit trail, exchange rates, outbox, webhooks: what admins administer. */
  ADMIN,
  ACCOUNT,
  TOKENS
}
