package org.institute.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook endpoints and their messages. */
public interface WebhookRepository {

  void add(WebhookEndpoint endpoint);

  Optional<WebhookEndpoint> endpoint(long id);

  /** Every endpoint, newest first. */
  List<WebhookEndpoint> endpoints();

  void add(WebhookMessage message);

  Optional<WebhookMessage> message(long id);

  /** The newest messages, of one endpoint or (null) of all. */
  List<WebhookMessage> latest(Long endpointId, int maxResults);

  /** The ids of pending messages due at {@code now}, oldest first. */
  List<Long> dueIds(Instant now, int max);

  /** A message locked for sending, if it is still due. */
  Optional<WebhookMessage> lockDue(long id, Instant now);
}
