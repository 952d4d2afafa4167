package org.institute.licensing;

/**
 * Whether the payments of a family's licences repay its patent costs first (issue 19, decision
 * 0107): the co-ownership agreement of the family says so.
 */
public enum CostRecovery {
  /**
   * Unrecovered costs of the family are repaid to the partners that paid them, then the rest split.
   */
  RECOVER_FIRST,
  /** Costs are never repaid from income: everything is split by ownership. */
  NONE
}
