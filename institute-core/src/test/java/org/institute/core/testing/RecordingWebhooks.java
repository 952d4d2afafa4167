package org.institute.core.testing;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;

/**
 * The core's webhooks as an observer of module events sees them: what was published, kept in order
 * for the test to read; anything else is not an observer's business and refused.
 */
public final class RecordingWebhooks implements Webhooks {

  /** One published event: its type and its data. */
  public record Published(WebhookEventType type, JsonObject data) {}

  public final List<Published> published = new ArrayList<>();

  @Override
  public void publish(WebhookEventType type, JsonObject data) {
    published.add(new Published(type, data));
  }

  /** Reading ahead changes nothing an observer sees: counted only. */
  public int readsAhead;

  @Override
  public void readEndpointsAhead() {
    readsAhead++;
  }

  @Override
  public Registered register(NewWebhook command) {
    throw new UnsupportedOperationException("register");
  }

  @Override
  public List<Endpoint> endpoints() {
    throw new UnsupportedOperationException("endpoints");
  }

  @Override
  public void disable(long endpointId) {
    throw new UnsupportedOperationException("disable");
  }

  @Override
  public List<Delivery> deliveries(Long endpointId, int maxResults) {
    throw new UnsupportedOperationException("deliveries");
  }

  @Override
  public Delivery sendAgain(long deliveryId) {
    throw new UnsupportedOperationException("sendAgain");
  }
}
