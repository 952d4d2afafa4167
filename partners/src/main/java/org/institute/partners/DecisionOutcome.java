package org.institute.partners;

/** What the Governing Council resolved on a matter. */
public enum DecisionOutcome {
  APPROVED,
  REJECTED,
  DEFERRED,
  NOTED
}
