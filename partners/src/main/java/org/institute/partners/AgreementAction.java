package org.institute.partners;

/**
 * What the caller may do with one agreement ({@link AgreementView#allowedActions()}). Decided by
 * the partners module from the caller and the agreement's state; pages show what it says.
 */
public enum AgreementAction {
  /** Attach (or replace) the signed PDF. */
  UPLOAD_SIGNED_COPY,
  /** End the agreement early; offered only while it has not been terminated. */
  TERMINATE
}
