package org.institute.core.domain;

/** Hands one message to the mail server; throws when the server refuses or cannot be reached. */
public interface MailTransport {
  boolean available();

  void deliver(String recipient, String subject, String body) throws Exception;
}
