package org.institute.partners;

/** Where an agreement stands today, derived from its dates. */
public enum AgreementStatus {
  /** Signed, but its term has not started. */
  PENDING,
  IN_FORCE,
  EXPIRED,
  TERMINATED
}
