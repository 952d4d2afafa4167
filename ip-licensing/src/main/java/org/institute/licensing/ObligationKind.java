package org.institute.licensing;

/** What an executed deal obliges its licensee to do by a date. */
public enum ObligationKind {
  /** Pay a milestone agreed in the deal. */
  MILESTONE_PAYMENT,
  /** Report net sales for a contract year and pay the royalty on them. */
  ROYALTY_REPORT
}
