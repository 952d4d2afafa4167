package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of the approval policy.
 *
 * @param version 1, 2, ...; 0 is the built-in policy that stands while no version was saved
 * @param standing whether it is in force today, comes into force later, or was replaced
 * @param savedBy who saved it ({@code null} for the built-in policy)
 */
public record ApprovalPolicyView(
    int version,
    LocalDate effectiveFrom,
    String note,
    String savedBy,
    Instant savedAt,
    Standing standing,
    List<ApprovalRuleTerms> rules)
    implements Serializable {

  public ApprovalPolicyView {
    rules = List.copyOf(rules);
  }

  /** Where a version stands today. */
  public enum Standing {
    IN_FORCE,
    SCHEDULED,
    REPLACED
  }
}
