package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A new version of the approval policy: its rules in order (the first that applies to a deal
 * decides; a deal no rule applies to needs one admin's approval and the co-owners' consent), in
 * force from {@code effectiveFrom} (today or later) for deals submitted from that day.
 */
public record NewApprovalPolicy(LocalDate effectiveFrom, String note, List<ApprovalRuleTerms> rules)
    implements Serializable {

  public NewApprovalPolicy {
    rules =
        rules == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rules));
  }
}
