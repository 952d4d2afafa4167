package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.institute.core.MailOutbox;

/** An outgoing e-mail, written in the sender's transaction and delivered later. */
@Entity
@Table(name = "core_mail_outbox")
public class OutboxMessage {

  /** After this many failed attempts a message stops being retried and waits for an admin. */
  public static final int MAX_ATTEMPTS = 5;

  public enum Status {
    /** Waiting for the dispatcher. */
    PENDING,
    SENT,
    /** Gave up after {@link #MAX_ATTEMPTS}. */
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(String recipient, String subject, String body, Instant now) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = Status.PENDING;
    this.createdAt = now;
  }

  public void markSent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  public void markAttemptFailed(String error) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      status = Status.FAILED;
    }
  }

  public boolean isPending() {
    return status == Status.PENDING;
  }

  public long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public MailOutbox.Message view() {
    return new MailOutbox.Message(
        id, recipient, subject, body, status.name(), createdAt, sentAt, attempts, lastError);
  }
}
