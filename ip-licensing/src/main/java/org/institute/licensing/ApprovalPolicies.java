package org.institute.licensing;

import java.util.List;

/**
 * The approval policy as data (decision 0102): versions of ordered rules that decide, at a deal's
 * submission, what it needs before it is approved. Admins read and save versions; a saved version
 * is never changed, a new one replaces it from its effective date.
 */
public interface ApprovalPolicies {

  /**
   * Every version, the latest effective first, with the built-in policy (version 0) last.
   *
   * @throws org.institute.core.AccessRefusedException unless the caller manages approval policies
   */
  List<ApprovalPolicyView> versions();

  /**
   * Saves a new version.
   *
   * @throws org.institute.core.InvalidCommandException naming the field ({@code effectiveFrom},
   *     {@code rules[i].adminApprovals}, ...) when a rule is incomplete, unreachable, or would
   *     leave a deal without enough eligible approvers
   * @throws org.institute.core.AccessRefusedException unless the caller manages approval policies
   */
  ApprovalPolicyView save(NewApprovalPolicy policy);
}
