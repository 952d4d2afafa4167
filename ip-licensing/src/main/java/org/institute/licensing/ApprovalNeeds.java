package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

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
 * @param namedRoles the named approver roles (decision 0108) of which a holder must approve, and
 *     whether they have
 */
public record ApprovalNeeds(
    int policyVersion,
    String rule,
    int adminApprovals,
    boolean coOwnerConsent,
    boolean councilResolution,
    List<NamedRoleNeed> namedRoles)
    implements Serializable {

  public ApprovalNeeds {
    namedRoles = namedRoles == null ? List.of() : List.copyOf(namedRoles);
  }

  /** Needs that name no approver role. */
  public ApprovalNeeds(
      int policyVersion,
      String rule,
      int adminApprovals,
      boolean coOwnerConsent,
      boolean councilResolution) {
    this(policyVersion, rule, adminApprovals, coOwnerConsent, councilResolution, List.of());
  }

  /** The codes of the named roles needed. */
  public List<String> namedRoleCodes() {
    return namedRoles.stream().map(NamedRoleNeed::code).toList();
  }

  /** The named roles still waiting for a holder's approval. */
  public List<NamedRoleNeed> pendingNamedRoles() {
    return namedRoles.stream().filter(r -> !r.met()).toList();
  }

  /** What a deal no rule applies to needs: one admin's approval after the co-owners' consent. */
  public static ApprovalNeeds byDefault(int policyVersion) {
    return new ApprovalNeeds(policyVersion, null, 1, true, false);
  }

  /** The needs of the built-in policy: {@code approvals} admins after the co-owners' consent. */
  public static ApprovalNeeds admins(int approvals) {
    return new ApprovalNeeds(0, null, approvals, true, false);
  }
}
