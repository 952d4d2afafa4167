package org.institute.licensing;

/**
 * The costs of patent families (issue 19, decision 0103): filing, prosecution, maintenance and
 * legal costs, each with the co-owner that paid it, kept in SGD and CNY at the rate of its date. A
 * family outside the caller's scope is reported as absent ({@link
 * org.institute.core.RecordNotFoundException}).
 */
public interface PatentCosts {

  /** The family's costs to date, the latest first, with their totals. */
  PatentCostSummary of(long familyId);

  /**
   * Records a cost: admins and staff of a current co-owner.
   *
   * @throws org.institute.core.InvalidCommandException naming the field ({@code kind}, {@code
   *     paidBy}, {@code incurredOn}, {@code amount}, {@code currency}, {@code note}), every problem
   *     at once
   * @throws org.institute.core.AccessRefusedException when the caller may not record costs of the
   *     family
   */
  PatentCostView record(long familyId, NewPatentCost cost);
}
