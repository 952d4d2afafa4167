package org.institute.core;

/** Where a webhook message stands. */
public enum WebhookDeliveryStatus {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** The endpoint accepted it (a 2xx answer). */
  DELIVERED,
  /** Every attempt failed; an admin can send it again. */
  FAILED
}
