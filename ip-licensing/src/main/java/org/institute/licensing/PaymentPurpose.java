package org.institute.licensing;

/** What a payment from a licensee pays for. */
public enum PaymentPurpose {
  UPFRONT_FEE,
  ROYALTY,
  MILESTONE,
  ANNUAL_MINIMUM,
  /** Late-payment interest, paid against an interest invoice (decision 0109). */
  LATE_INTEREST
}
