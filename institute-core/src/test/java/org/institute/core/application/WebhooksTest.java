package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.RecordNotFoundException;
import org.institute.core.WebhookDeliveryStatus;
import org.institute.core.WebhookEventType;
import org.institute.core.WebhookRetries;
import org.institute.core.Webhooks;
import org.institute.core.domain.WebhookEndpoint;
import org.institute.core.domain.WebhookMessage;
import org.institute.core.domain.WebhookRepository;
import org.institute.core.domain.WebhookSignature;
import org.institute.core.domain.WebhookTransport;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

/** Registering endpoints, queueing messages for events, and sending them signed. */
class WebhooksTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final JsonObject DATA = Json.createObjectBuilder().add("paymentId", 9).build();

  private final Store store = new Store();
  private final RecordingAudit audit = new RecordingAudit();
  private final Transport transport = new Transport();
  private Instant now = NOW;
  private WebhookRetries retries = WebhookRetries.STANDARD;

  private Clock clock() {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  private WebhookService service(Caller caller) {
    WebhookService s = new WebhookService();
    Wiring.inject(s, "repository", store);
    Wiring.inject(s, "policy", Policies.policy(caller));
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "clock", clock());
    return s;
  }

  private WebhookDispatcher dispatcher() {
    WebhookDispatcher d = new WebhookDispatcher();
    Wiring.inject(d, "repository", store);
    Wiring.inject(d, "transport", transport);
    Wiring.inject(d, "clock", clock());
    Wiring.inject(d, "self", d);
    Wiring.inject(d, "retries", retries);
    return d;
  }

  private Webhooks.Registered register(WebhookEventType... types) {
    return service(TestCaller.admin())
        .register(
            new Webhooks.NewWebhook(
                "https://erp.example.org/hooks", "ERP", EnumSet.of(types[0], types)));
  }

  @Test
  void onlyAdminsManageWebhooks() {
    for (Caller caller :
        List.of(
            TestCaller.staffOf(1),
            TestCaller.coordinator(),
            TestCaller.council(),
            TestCaller.auditor(),
            TestCaller.anonymous())) {
      WebhookService s = service(caller);
      assertThatThrownBy(
              () ->
                  s.register(
                      new Webhooks.NewWebhook(
                          "https://x.example.org/",
                          null,
                          EnumSet.of(WebhookEventType.PAYMENT_RECORDED))))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(s::endpoints).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.deliveries(null, 10)).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.sendAgain(1)).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.disable(1)).isInstanceOf(AccessRefusedException.class);
    }
    assertThat(store.endpoints).isEmpty();
  }

  @Test
  void registeringGivesTheSecretOnceAndAuditsIt() {
    Webhooks.Registered r =
        register(WebhookEventType.PAYMENT_RECORDED, WebhookEventType.PAYMENT_VOIDED);
    assertThat(r.secret()).startsWith("whsec_");
    assertThat(r.endpoint().createdBy()).isEqualTo("admin");
    assertThat(r.endpoint().eventTypes())
        .containsExactly(WebhookEventType.PAYMENT_RECORDED, WebhookEventType.PAYMENT_VOIDED);
    assertThat(service(TestCaller.admin()).endpoints()).containsExactly(r.endpoint());
    assertThat(audit.entries)
        .containsExactly(
            "WEBHOOK_REGISTERED WebhookEndpoint#1: https://erp.example.org/hooks for"
                + " payment.recorded, payment.voided");
  }

  @Test
  void anEventBecomesOneMessagePerEndpointThatAskedForIt() {
    register(WebhookEventType.PAYMENT_RECORDED);
    register(WebhookEventType.CERTIFICATE_ISSUED);
    Webhooks.Registered third = register(WebhookEventType.PAYMENT_RECORDED);
    service(TestCaller.admin()).disable(third.endpoint().id());

    service(TestCaller.anonymous()).publish(WebhookEventType.PAYMENT_RECORDED, DATA);

    assertThat(store.messages).hasSize(1);
    WebhookMessage m = store.messages.get(0);
    assertThat(m.endpointId()).isEqualTo(1);
    JsonObject body = Json.createReader(new StringReader(m.body())).readObject();
    assertThat(body.getString("type")).isEqualTo("payment.recorded");
    assertThat(body.getString("timestamp")).isEqualTo(NOW.toString());
    assertThat(body.getJsonObject("data")).isEqualTo(DATA);
    assertThat(audit.entries)
        .contains("WEBHOOK_DISABLED WebhookEndpoint#3: https://erp.example.org/hooks");
  }

  @Test
  void endpointsReadAheadServeTheRestOfTheTransactionUntilItChangesThem() {
    register(WebhookEventType.PAYMENT_RECORDED);
    Transaction transaction = new Transaction();
    WebhookService s = service(TestCaller.admin());
    Wiring.inject(s, "transactions", transaction);

    s.readEndpointsAhead();
    // registered by another transaction after this one read: as on REPEATABLE READ, not seen
    register(WebhookEventType.PAYMENT_RECORDED);
    s.publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    s.publish(WebhookEventType.PAYMENT_VOIDED, DATA);
    assertThat(store.messages).extracting(WebhookMessage::endpointId).containsExactly(1L);
    assertThat(store.endpointReads).isEqualTo(1);

    // this transaction's own registration: its later events go to the new endpoint too
    Webhooks.Registered own =
        s.register(
            new Webhooks.NewWebhook(
                "https://erp.example.org/own",
                null,
                EnumSet.of(WebhookEventType.PAYMENT_RECORDED)));
    s.publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    assertThat(store.messages)
        .extracting(WebhookMessage::endpointId)
        .containsExactly(1L, own.endpoint().id(), 2L, 1L);

    // and its own disabling: no message to the endpoint from here on
    s.disable(1);
    s.publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    assertThat(store.messages)
        .extracting(WebhookMessage::endpointId)
        .containsExactly(1L, own.endpoint().id(), 2L, 1L, own.endpoint().id(), 2L);
    assertThat(store.endpointReads).isEqualTo(3);

    transaction.next();
    s.publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    assertThat(store.endpointReads).as("a new transaction reads them again").isEqualTo(4);
  }

  @Test
  void withoutATransactionEveryEventReadsTheEndpoints() {
    register(WebhookEventType.PAYMENT_RECORDED);
    WebhookService s = service(TestCaller.anonymous());
    s.readEndpointsAhead();
    register(WebhookEventType.PAYMENT_RECORDED);
    s.publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    assertThat(store.messages).extracting(WebhookMessage::endpointId).containsExactly(2L, 1L);
  }

  @Test
  void aMessageIsSentSignedAndMarkedDelivered() throws Exception {
    Webhooks.Registered r = register(WebhookEventType.PAYMENT_RECORDED);
    service(TestCaller.anonymous()).publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    WebhookMessage m = store.messages.get(0);

    assertThat(dispatcher().sendDue()).isEqualTo(1);

    assertThat(transport.posts).hasSize(1);
    Post post = transport.posts.get(0);
    assertThat(post.url()).isEqualTo("https://erp.example.org/hooks");
    assertThat(post.body()).isEqualTo(m.body());
    assertThat(post.headers())
        .containsEntry("webhook-id", m.messageId())
        .containsEntry("webhook-timestamp", String.valueOf(NOW.getEpochSecond()))
        .containsEntry(
            "webhook-signature",
            WebhookSignature.sign(r.secret(), m.messageId(), NOW.getEpochSecond(), m.body()));
    assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    assertThat(dispatcher().sendDue()).isZero();
    assertThat(transport.posts).hasSize(1);
  }

  @Test
  void anEndpointThatIsDownGetsTheMessageWhenItIsBackAndAnAdminCanSendItAgain() {
    register(WebhookEventType.ENROLMENT_CONFIRMED);
    service(TestCaller.anonymous()).publish(WebhookEventType.ENROLMENT_CONFIRMED, DATA);
    WebhookMessage m = store.messages.get(0);

    transport.down = true;
    assertThat(dispatcher().sendDue()).isZero();
    assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
    assertThat(m.lastError()).contains("Connection refused");
    assertThat(dispatcher().sendDue()).as("not due before its wait").isZero();
    assertThat(transport.attempts).isEqualTo(1);

    transport.down = false;
    transport.status = 500;
    now = now.plus(WebhookMessage.RETRY_DELAYS.get(0));
    assertThat(dispatcher().sendDue()).isZero();
    assertThat(m.lastResponseStatus()).isEqualTo(500);

    transport.status = 200;
    now = now.plus(WebhookMessage.RETRY_DELAYS.get(1));
    assertThat(dispatcher().sendDue()).isEqualTo(1);
    assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
    assertThat(m.attempts()).isEqualTo(3);

    Webhooks.Delivery again = service(TestCaller.admin()).sendAgain(m.id());
    assertThat(again.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
    assertThat(again.endpointUrl()).isEqualTo("https://erp.example.org/hooks");
    assertThat(dispatcher().sendDue()).isEqualTo(1);
    assertThat(transport.posts)
        .extracting(p -> p.headers().get("webhook-id"))
        .containsOnly(m.messageId());
    assertThat(audit.entries)
        .last()
        .isEqualTo(
            "WEBHOOK_SENT_AGAIN WebhookMessage#1: " + m.messageId() + " enrolment.confirmed");
  }

  @Test
  void aDisabledEndpointIsSentNothingMore() {
    Webhooks.Registered r = register(WebhookEventType.PAYMENT_RECORDED);
    service(TestCaller.anonymous()).publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    service(TestCaller.admin()).disable(r.endpoint().id());
    assertThat(dispatcher().sendDue()).isZero();
    assertThat(transport.attempts).isZero();
    assertThat(store.messages.get(0).lastError()).isEqualTo("the endpoint is disabled");
  }

  @Test
  void theLogShowsTheNewestFirstForOneEndpointOrAll() {
    register(WebhookEventType.PAYMENT_RECORDED);
    register(WebhookEventType.PAYMENT_RECORDED, WebhookEventType.PAYMENT_VOIDED);
    WebhookService admin = service(TestCaller.admin());
    service(TestCaller.anonymous()).publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    service(TestCaller.anonymous()).publish(WebhookEventType.PAYMENT_VOIDED, DATA);
    assertThat(admin.deliveries(null, 10))
        .extracting(Webhooks.Delivery::id)
        .containsExactly(3L, 2L, 1L);
    assertThat(admin.deliveries(2L, 10))
        .extracting(Webhooks.Delivery::eventType)
        .containsExactly(WebhookEventType.PAYMENT_VOIDED, WebhookEventType.PAYMENT_RECORDED);
    assertThat(admin.deliveries(null, 1)).hasSize(1);
    assertThatThrownBy(() -> admin.sendAgain(99)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.disable(99)).isInstanceOf(RecordNotFoundException.class);
  }

  record Post(String url, Map<String, String> headers, String body) {}

  static final class Transport implements WebhookTransport {
    final List<Post> posts = new ArrayList<>();
    boolean down;
    int status = 204;
    int attempts;

    @Override
    public int post(String url, Map<String, String> headers, String body) throws IOException {
      attempts++;
      if (down) {
        throw new java.net.ConnectException("Connection refused");
      }
      if (status < 300) {
        posts.add(new Post(url, Map.copyOf(headers), body));
      }
      return status;
    }
  }

  /** One transaction after another, each with its own resources, as the registry keeps them. */
  static final class Transaction implements TransactionSynchronizationRegistry {
    private long key = 1;
    private final Map<Object, Object> resources = new HashMap<>();

    void next() {
      key++;
      resources.clear();
    }

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void putResource(Object k, Object value) {
      resources.put(k, value);
    }

    @Override
    public Object getResource(Object k) {
      return resources.get(k);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }

  static final class Store implements WebhookRepository {
    final List<WebhookEndpoint> endpoints = new ArrayList<>();
    final List<WebhookMessage> messages = new ArrayList<>();
    int endpointReads;

    @Override
    public void add(WebhookEndpoint endpoint) {
      Wiring.assignId(endpoint, endpoints.size() + 1L);
      endpoints.add(endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> endpoint(long id) {
      return endpoints.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public List<WebhookEndpoint> endpoints() {
      endpointReads++;
      return endpoints.stream()
          .sorted(Comparator.comparing(WebhookEndpoint::id).reversed())
          .toList();
    }

    @Override
    public void add(WebhookMessage message) {
      Wiring.assignId(message, messages.size() + 1L);
      messages.add(message);
    }

    @Override
    public Optional<WebhookMessage> message(long id) {
      return messages.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public List<WebhookMessage> latest(Long endpointId, int maxResults) {
      return messages.stream()
          .filter(m -> endpointId == null || m.endpointId() == endpointId)
          .sorted(Comparator.comparing(WebhookMessage::id).reversed())
          .limit(maxResults)
          .toList();
    }

    @Override
    public List<Long> dueIds(Instant at, int max) {
      return messages.stream().filter(m -> m.isDue(at)).map(WebhookMessage::id).limit(max).toList();
    }

    @Override
    public Optional<WebhookMessage> lockDue(long id, Instant at) {
      return message(id).filter(m -> m.isDue(at));
    }
  }

  @Test
  void anInstallationsOwnSeriesDecidesWhenToTryAgainAndWhenToGiveUp() {
    retries = WebhookRetries.parse("PT5S, PT20S, PT40S");
    register(WebhookEventType.PAYMENT_RECORDED);
    service(TestCaller.anonymous()).publish(WebhookEventType.PAYMENT_RECORDED, DATA);
    WebhookMessage m = store.messages.get(0);
    transport.down = true;
    Instant first = now;
    for (Duration wait : retries.delays()) {
      assertThat(dispatcher().sendDue()).isZero();
      assertThat(m.nextAttemptAt()).isEqualTo(now.plus(wait));
      now = now.plus(wait);
    }
    assertThat(now).isEqualTo(first.plusSeconds(65));
    assertThat(dispatcher().sendDue()).isZero();
    assertThat(m.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
    assertThat(transport.attempts).isEqualTo(4);
  }

  @Test
  void theRetryDelaysGrow() {
    List<Duration> delays = WebhookMessage.RETRY_DELAYS;
    for (int i = 1; i < delays.size(); i++) {
      assertThat(delays.get(i)).isGreaterThanOrEqualTo(delays.get(i - 1));
    }
  }
}
