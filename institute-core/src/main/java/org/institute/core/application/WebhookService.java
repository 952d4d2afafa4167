package org.institute.core.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CoreAction;
import org.institute.core.Jsonp;
import org.institute.core.RecordNotFoundException;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.core.domain.WebhookEndpoint;
import org.institute.core.domain.WebhookMessage;
import org.institute.core.domain.WebhookRepository;
import org.institute.core.domain.WebhookSignature;

/** Registers webhook endpoints and queues one message per endpoint for each published event. */
@ApplicationScoped
@Transactional
class WebhookService implements Webhooks {

  /** The key of a transaction's endpoints read ahead: this class's own, no one else's. */
  private static final Object ENDPOINTS_READ_AHEAD = EndpointsReadAhead.class;

  private record EndpointsReadAhead(List<WebhookEndpoint> endpoints) {}

  @Inject private WebhookRepository repository;
  @Inject private CorePolicy policy;
  @Inject private Caller caller;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** Keeps the endpoints read ahead for the rest of one transaction; absent outside a container. */
  @Resource private TransactionSynchronizationRegistry transactions;

  @Override
  public Registered register(NewWebhook command) {
    policy.require(CoreAction.MANAGE_WEBHOOKS, "registering a webhook");
    String secret = WebhookSignature.newSecret();
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            command.url(),
            command.description(),
            command.eventTypes(),
            command.unknownEventTypes(),
            secret,
            clock.instant(),
            caller.name());
    repository.add(endpoint);
    forgetEndpointsReadAhead();
    audit.record(
        "WEBHOOK_REGISTERED",
        "WebhookEndpoint",
        String.valueOf(endpoint.id()),
        endpoint.url()
            + " for "
            + endpoint.types().stream()
                .map(WebhookEventType::wireName)
                .collect(Collectors.joining(", ")));
    return new Registered(view(endpoint), secret);
  }

  @Override
  public List<Endpoint> endpoints() {
    policy.require(CoreAction.MANAGE_WEBHOOKS, "reading webhooks");
    return repository.endpoints().stream().map(WebhookService::view).toList();
  }

  @Override
  public void disable(long endpointId) {
    policy.require(CoreAction.MANAGE_WEBHOOKS, "disabling a webhook");
    WebhookEndpoint endpoint =
        repository.endpoint(endpointId).orElseThrow(() -> new RecordNotFoundException("webhook"));
    if (endpoint.enabled()) {
      endpoint.disable();
      forgetEndpointsReadAhead();
      audit.record(
          "WEBHOOK_DISABLED", "WebhookEndpoint", String.valueOf(endpointId), endpoint.url());
    }
  }

  @Override
  public List<Delivery> deliveries(Long endpointId, int maxResults) {
    policy.require(CoreAction.MANAGE_WEBHOOKS, "reading webhook deliveries");
    Map<Long, WebhookEndpoint> endpoints =
        repository.endpoints().stream()
            .collect(Collectors.toMap(WebhookEndpoint::id, Function.identity()));
    return repository.latest(endpointId, maxResults).stream()
        .map(m -> view(m, endpoints.get(m.endpointId())))
        .toList();
  }

  @Override
  public Delivery sendAgain(long deliveryId) {
    policy.require(CoreAction.MANAGE_WEBHOOKS, "sending a webhook again");
    WebhookMessage message =
        repository
            .message(deliveryId)
            .orElseThrow(() -> new RecordNotFoundException("webhook delivery"));
    message.sendAgain(clock.instant());
    audit.record(
        "WEBHOOK_SENT_AGAIN",
        "WebhookMessage",
        String.valueOf(deliveryId),
        message.messageId() + " " + message.eventType().wireName());
    return view(message, repository.endpoint(message.endpointId()).orElse(null));
  }

  @Override
  public void readEndpointsAhead() {
    endpointsOfThisTransaction();
  }

  @Override
  public void publish(WebhookEventType type, JsonObject data) {
    List<WebhookEndpoint> wanting =
        endpointsOfThisTransaction().stream().filter(e -> e.wants(type)).toList();
    if (wanting.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String body =
        Jsonp.objectBuilder()
            .add("type", type.wireName())
            .add("timestamp", now.toString())
            .add("data", data)
            .build()
            .toString();
    for (WebhookEndpoint endpoint : wanting) {
      repository.add(new WebhookMessage(endpoint.id(), type, body, now));
    }
  }

  /** The endpoints read ahead in this transaction, else read now (and kept if in one). */
  private List<WebhookEndpoint> endpointsOfThisTransaction() {
    boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
    if (inTransaction
        && transactions.getResource(ENDPOINTS_READ_AHEAD) instanceof EndpointsReadAhead ahead) {
      return ahead.endpoints();
    }
    List<WebhookEndpoint> read = repository.endpoints();
    if (inTransaction) {
      transactions.putResource(ENDPOINTS_READ_AHEAD, new EndpointsReadAhead(read));
    }
    return read;
  }

  private void forgetEndpointsReadAhead() {
    if (transactions != null && transactions.getTransactionKey() != null) {
      transactions.putResource(ENDPOINTS_READ_AHEAD, null);
    }
  }

  static Endpoint view(WebhookEndpoint e) {
    return new Endpoint(
        e.id(), e.url(), e.description(), e.types(), e.enabled(), e.createdAt(), e.createdBy());
  }

  static Delivery view(WebhookMessage m, WebhookEndpoint endpoint) {
    return new Delivery(
        m.id(),
        m.endpointId(),
        endpoint == null ? null : endpoint.url(),
        m.messageId(),
        m.eventType(),
        m.status(),
        m.attempts(),
        m.createdAt(),
        m.lastAttemptAt(),
        m.nextAttemptAt(),
        m.lastResponseStatus(),
        m.lastError(),
        m.deliveredAt());
  }
}
