package org.institute.core;

/** Sends the webhook messages that are due; something outside (a timer in web) calls it. */
public interface WebhookSender {

  /** Returns how many messages the endpoints accepted (a 2xx answer). */
  int sendDue();
}
