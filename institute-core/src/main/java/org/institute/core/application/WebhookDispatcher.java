package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.WebhookRetries;
import org.institute.core.WebhookSender;
import org.institute.core.domain.WebhookEndpoint;
import org.institute.core.domain.WebhookRepository;
import org.institute.core.domain.WebhookSignature;
import org.institute.core.domain.WebhookTransport;

/**
 * Sends due webhook messages one by one, each in its own transaction with its row locked, so that
 * one endpoint that is down holds back no other and two instances never send the same message.
 */
@ApplicationScoped
class WebhookDispatcher implements WebhookSender {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  private static final int BATCH = 50;

  @Inject private WebhookRepository repository;
  @Inject private WebhookTransport transport;
  @Inject private Clock clock;
  @Inject private WebhookDispatcher self;
  @Inject private WebhookRetries retries;

  @Override
  public int sendDue() {
    int delivered = 0;
    for (long id : self.dueIds()) {
      if (self.sendOne(id)) {
        delivered++;
      }
    }
    return delivered;
  }

  @Transactional
  public List<Long> dueIds() {
    return repository.dueIds(clock.instant(), BATCH);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean sendOne(long id) {
    Instant now = clock.instant();
    return repository
        .lockDue(id, now)
        .map(
            message -> {
              WebhookEndpoint endpoint = repository.endpoint(message.endpointId()).orElse(null);
              if (endpoint == null || !endpoint.enabled()) {
                message.attemptFailed(now, null, "the endpoint is disabled", retries);
                return false;
              }
              long timestamp = now.getEpochSecond();
              Map<String, String> headers = new LinkedHashMap<>();
              headers.put("webhook-id", message.messageId());
              headers.put("webhook-timestamp", String.valueOf(timestamp));
              headers.put(
                  "webhook-signature",
                  WebhookSignature.sign(
                      endpoint.secret(), message.messageId(), timestamp, message.body()));
              try {
                int status = transport.post(endpoint.url(), headers, message.body());
                if (status >= 200 && status < 300) {
                  message.delivered(now, status);
                  return true;
                }
                message.attemptFailed(now, status, "HTTP " + status, retries);
              } catch (Exception e) {
                LOG.log(
                    Level.INFO,
                    "webhook {0} to {1} not delivered: {2}",
                    new Object[] {message.messageId(), endpoint.url(), e.toString()});
                message.attemptFailed(now, null, e.toString(), retries);
              }
              return false;
            })
        .orElse(false);
  }
}
