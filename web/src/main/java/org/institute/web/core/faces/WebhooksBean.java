package org.institute.web.core.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.web.platform.faces.Messages;

/**
 * Admins register webhook endpoints, watch their deliveries and send one again. The signing secret
 * is shown once, in the message after the redirect that follows the registration.
 */
@Named("webhooksPage")
@ViewScoped
public class WebhooksBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Webhooks webhooks;

  private String url;
  private String description;
  private List<String> eventTypes = new ArrayList<>();
  private List<Webhooks.Endpoint> endpoints;
  private List<Webhooks.Delivery> deliveries;

  public List<Webhooks.Endpoint> getEndpoints() {
    if (endpoints == null) {
      endpoints = webhooks.endpoints();
    }
    return endpoints;
  }

  public List<Webhooks.Delivery> getDeliveries() {
    if (deliveries == null) {
      deliveries = webhooks.deliveries(null, 100);
    }
    return deliveries;
  }

  public List<WebhookEventType> getAllEventTypes() {
    return List.of(WebhookEventType.values());
  }

  /** Registers the endpoint and loads the page again, with its secret in the message. */
  public String register() {
    Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
    eventTypes.forEach(t -> WebhookEventType.parse(t).ifPresent(types::add));
    Webhooks.Registered[] registered = new Webhooks.Registered[1];
    if (Messages.attempt(
        "register",
        () ->
            registered[0] = webhooks.register(new Webhooks.NewWebhook(url, description, types)))) {
      return Messages.reloadAfter(
          "webhook.registered", registered[0].endpoint().url(), registered[0].secret());
    }
    return null;
  }

  public String disable(long id) {
    if (Messages.attempt("endpoints", () -> webhooks.disable(id))) {
      return Messages.reloadAfter("webhook.disabled");
    }
    return null;
  }

  public String sendAgain(long id) {
    if (Messages.attempt("deliveries", () -> webhooks.sendAgain(id))) {
      return Messages.reloadAfter("webhook.sentAgain");
    }
    return null;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes == null ? new ArrayList<>() : new ArrayList<>(eventTypes);
  }
}
