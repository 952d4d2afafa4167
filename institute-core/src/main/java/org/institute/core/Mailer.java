package org.institute.core;

/**
 * Sends e-mail. The message is stored in the outbox within the caller's transaction and delivered
 * afterwards, so a rolled-back change sends nothing and a committed one loses nothing.
 */
public interface Mailer {
  void send(String recipient, String subject, String body);
}
