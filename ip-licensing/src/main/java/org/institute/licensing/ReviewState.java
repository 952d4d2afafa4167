package org.institute.licensing;

/**
 * Where a royalty report stands in the licensing admins' review (docs/decisions/0101): filed and
 * awaiting review, queried with a question the licensee has yet to answer, or accepted (its invoice
 * issued). A correction of a report puts it back to awaiting review.
 */
public enum ReviewState {
  /** Filed, answered or corrected: awaiting the licensing admins. */
  SUBMITTED,
  /** Queried: awaiting the licensee's answer. */
  QUERIED,
  /** Accepted: the version accepted is invoiced. */
  ACCEPTED
}
