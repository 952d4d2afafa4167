package org.institute.licensing;

import java.io.Serializable;

/**
 * What a submitted deal needs before it is approved, as decided at its submission by the approval
 * policy then in force (decision 0102) and kept on the deal, so that a later policy never changes
 * it.
 *
 * @param policyVersion the policy version that decided (0: the built-in policy of the
 *     configuration's two-admin threshold)
 * @param rule the name of the rule that applied; {@code null} when none did (the default)
 * @param adminApprovals how many different admins must approve
 * @param coOwnerConsent whether the co-owners' consent was asked
 * @param councilResolution whether the Governing Council's resolution must be recorded
 */
public record ApprovalNeeds(
    int policyVersion,
    String rule,
    int adminApprovals,
    boolean coOwnerConsent,
    boolean councilResolution)
    implements Serializable {

  /** What a deal no rule applies to needs: one admin's approval after the co-owners' consent. */
  public static ApprovalNeeds byDefault(int policyVersion) {
    return new ApprovalNeeds(policyVersion, null, 1, true, false);
  }

  /** The needs of the built-in policy: {@code approvals} admins after the co-owners' consent. */
  public static ApprovalNeeds admins(int approvals) {
    return new ApprovalNeeds(0, null, approvals, true, false);
  }
}
