package org.institute.licensing;

/**
 * Where a licence deal stands in its approval workflow
 * (docs/decisions/0010-licence-deal-workflow.md). {@link #REJECTED}, {@link #TERMINATED} and {@link
 * #EXPIRED} are final.
 */
public enum DealState {
  DRAFT,
  SUBMITTED,
  CONSENTS_PENDING,
  UNDER_REVIEW,
  APPROVED,
  EXECUTED,
  ACTIVE,
  TERMINATED,
  EXPIRED,
  CHANGES_REQUESTED,
  REJECTED;

  public boolean isFinal() {
    return this == REJECTED || this == TERMINATED || this == EXPIRED;
  }

  /** Terms may be edited only while the licensor side holds the deal. */
  public boolean isEditable() {
    return this == DRAFT || this == CHANGES_REQUESTED;
  }

  /** Money may be received once the agreement is signed, and late payments after it ended. */
  public boolean acceptsPayments() {
    return this == EXECUTED || this == ACTIVE || this == TERMINATED || this == EXPIRED;
  }
}
