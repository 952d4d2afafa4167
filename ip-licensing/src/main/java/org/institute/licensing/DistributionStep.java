package org.institute.licensing;

/** The steps of the distribution waterfall a payment goes through (decision 0107). */
public enum DistributionStep {
  /** Unrecovered patent costs repaid to the partner that paid them. */
  COST_RECOVERY,
  /** What a co-owning institution keeps of its share, after its inventors' part. */
  INSTITUTION,
  /** An inventor's part of their institution's share, by the institution's policy. */
  INVENTOR
}
