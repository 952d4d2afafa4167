package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.institute.core.WebhookDeliveryStatus;
import org.institute.core.WebhookEventType;
import org.institute.core.WebhookRetries;

/**
 * One event for one endpoint, written in the event's transaction and sent later: its id (the {@code
 * webhook-id} header, the same on every attempt so that receivers can drop repeats), its body, and
 * how its attempts went. A failed attempt is tried again after the delays the Standard Webhooks
 * convention suggests; after the last one the message waits for an admin's "send again".
 */
@Entity
@Table(name = "core_webhook_message")
public class WebhookMessage {

  /**
   * The standard waits after the first, second, ... failed attempt; one more failure gives up
   * ({@link WebhookRetries#STANDARD}).
   */
  public static final List<Duration> RETRY_DELAYS = WebhookRetries.STANDARD.delays();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "endpoint_id", nullable = false)
  private long endpointId;

  @Column(name = "message_id", nullable = false, length = 40, unique = true)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 40)
  private WebhookEventType eventType;

  @Column(nullable = false, length = 8000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WebhookDeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "last_response_status")
  private Integer lastResponseStatus;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected WebhookMessage() {}

  public WebhookMessage(long endpointId, WebhookEventType type, String body, Instant now) {
    this.endpointId = endpointId;
    this.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
    this.eventType = type;
    this.body = body;
    this.status = WebhookDeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  public boolean isDue(Instant now) {
    return status == WebhookDeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  /** The endpoint answered 2xx. */
  public void delivered(Instant now, int responseStatus) {
    attempts++;
    status = WebhookDeliveryStatus.DELIVERED;
    lastAttemptAt = now;
    deliveredAt = now;
    lastResponseStatus = responseStatus;
    lastError = null;
    nextAttemptAt = null;
  }

  /**
   * The endpoint answered otherwise ({@code responseStatus}) or not at all (null, with the error):
   * due again after the next standard delay, or failed after the last.
   */
  public void attemptFailed(Instant now, Integer responseStatus, String error) {
    attemptFailed(now, responseStatus, error, WebhookRetries.STANDARD);
  }

  /** As {@link #attemptFailed(Instant, Integer, String)}, with the installation's retry series. */
  public void attemptFailed(
      Instant now, Integer responseStatus, String error, WebhookRetries retries) {
    attempts++;
    lastAttemptAt = now;
    lastResponseStatus = responseStatus;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    retries
        .after(attempts)
        .ifPresentOrElse(
            wait -> nextAttemptAt = now.plus(wait),
            () -> {
              status = WebhookDeliveryStatus.FAILED;
              nextAttemptAt = null;
            });
  }

  /** An admin asked to send it again: due now, with the full series of retries ahead. */
  public void sendAgain(Instant now) {
    status = WebhookDeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public long endpointId() {
    return endpointId;
  }

  public String messageId() {
    return messageId;
  }

  public WebhookEventType eventType() {
    return eventType;
  }

  public String body() {
    return body;
  }

  public WebhookDeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer lastResponseStatus() {
    return lastResponseStatus;
  }

  public String lastError() {
    return lastError;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
