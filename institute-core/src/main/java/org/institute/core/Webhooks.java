package org.institute.core;

import jakarta.json.JsonObject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Webhooks: admins register HTTPS endpoints (HTTP on the loopback interface, for tests) for event
 * types; each event of those types becomes a message kept in an outbox and delivered, signed as the
 * Standard Webhooks convention says ({@code webhook-id}, {@code webhook-timestamp}, {@code
 * webhook-signature}: HMAC-SHA256 with the endpoint's secret), retried with growing delays, once
 * per cluster. Admins see every delivery and can send one again.
 */
public interface Webhooks {

  /** Registers an endpoint; the answer carries its signing secret, shown this once only. */
  Registered register(NewWebhook command);

  /** Every endpoint, newest first, without secrets. */
  List<Endpoint> endpoints();

  /** Stops an endpoint: it gets no new message; what it was sent stays in the log. */
  void disable(long endpointId);

  /** The latest deliveries, newest first, of one endpoint or (null) of all. */
  List<Delivery> deliveries(Long endpointId, int maxResults);

  /** Puts a delivery back in the queue, due now, whatever its state. */
  Delivery sendAgain(long deliveryId);

  /**
   * Records that an event of {@code type} happened, in the caller's transaction: one message per
   * enabled endpoint that asked for the type. {@code data} carries ids and values only.
   */
  void publish(WebhookEventType type, JsonObject data);

  /**
   * Reads now, once for the caller's transaction, the endpoints that its later {@link #publish}
   * calls queue messages for. A use case that publishes while holding a row lock every concurrent
   * request waits for (a cohort's seat counter) calls it before taking the lock, so that the read
   * is not one more statement under the lock. Called after the transaction's first read, it reads
   * what a later read would see on MariaDB's REPEATABLE READ (the snapshot of that first read);
   * called first, it would take the snapshot itself: never before a locking read whose later reads
   * must see what committed while it waited. An endpoint registered or disabled within the same
   * transaction is read again.
   */
  void readEndpointsAhead();

  /**
   * An endpoint to register; {@code unknownEventTypes} are the names a client sent that name no
   * event type, refused with the endpoint's other problems.
   */
  record NewWebhook(
      String url,
      String description,
      Set<WebhookEventType> eventTypes,
      List<String> unknownEventTypes)
      implements Serializable {
    public NewWebhook {
      unknownEventTypes = unknownEventTypes == null ? List.of() : List.copyOf(unknownEventTypes);
    }

    public NewWebhook(String url, String description, Set<WebhookEventType> eventTypes) {
      this(url, description, eventTypes, List.of());
    }
  }

  /** An endpoint as admins see it. */
  record Endpoint(
      long id,
      String url,
      String description,
      List<WebhookEventType> eventTypes,
      boolean enabled,
      Instant createdAt,
      String createdBy)
      implements Serializable {}

  /** A newly registered endpoint and its secret ({@code whsec_} and base64), shown once. */
  record Registered(Endpoint endpoint, String secret) implements Serializable {}

  /** One message to one endpoint and how its delivery went. */
  record Delivery(
      long id,
      long endpointId,
      String endpointUrl,
      String messageId,
      WebhookEventType eventType,
      WebhookDeliveryStatus status,
      int attempts,
      Instant createdAt,
      Instant lastAttemptAt,
      Instant nextAttemptAt,
      Integer lastResponseStatus,
      String lastError,
      Instant deliveredAt)
      implements Serializable {}
}
