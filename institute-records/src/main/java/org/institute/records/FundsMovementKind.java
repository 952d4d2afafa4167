package org.institute.records;

/** Money moved against a commitment: paid out by the funder, or spent by the institute. */
public enum FundsMovementKind {
  DISBURSEMENT,
  EXPENDITURE
}
