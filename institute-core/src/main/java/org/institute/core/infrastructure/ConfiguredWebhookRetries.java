package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.WebhookRetries;

/**
 * The webhook retry series from MicroProfile Config: {@code institute.webhooks.retry.delays}
 * ({@code INSTITUTE_WEBHOOKS_RETRY_DELAYS}), ISO-8601 durations separated by commas; unset, the
 * standard series. A value that cannot be read stops the deployment with its reason (the webhook
 * timer asks for the series when it starts) rather than retrying on a series nobody chose.
 */
@ApplicationScoped
public class ConfiguredWebhookRetries {

  @Inject
  @ConfigProperty(name = "institute.webhooks.retry.delays")
  Optional<String> delays;

  private WebhookRetries retries;

  @Produces
  WebhookRetries retries() {
    if (retries == null) {
      try {
        retries = WebhookRetries.parse(delays.orElse(null));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("INSTITUTE_WEBHOOKS_RETRY_DELAYS: " + e.getMessage(), e);
      }
    }
    return retries;
  }
}
