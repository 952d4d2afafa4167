package org.institute.core;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What admins read of outgoing mail: everything sent, waiting, or kept because no SMTP is set. */
public interface MailOutbox {

  record Message(
      long id,
      String recipient,
      String subject,
      String body,
      String status,
      Instant createdAt,
      Instant sentAt,
      int attempts,
      String lastError)
      implements Serializable {}

  List<Message> latest(int firstResult, int maxResults);

  long count();

  /** Whether an SMTP server is configured; without one, messages are kept in the outbox. */
  boolean deliveryConfigured();
}
