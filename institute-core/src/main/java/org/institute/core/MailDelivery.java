package org.institute.core;

/** Hands waiting outbox messages to the mail server; called on a schedule by the platform. */
public interface MailDelivery {
  /** Returns how many messages were delivered in this round. */
  int deliverPending();
}
