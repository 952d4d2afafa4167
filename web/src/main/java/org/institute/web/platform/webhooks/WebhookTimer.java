package org.institute.web.platform.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.WebhookRetries;
import org.institute.core.WebhookSender;
import org.institute.web.platform.jobs.LeasedJobs;

/**
 * Sends due webhook messages every few seconds ({@code INSTITUTE_WEBHOOKS_POLL_SECONDS}, default
 * 5). In a cluster every instance ticks, but only the holder of the job's lease sends, and each
 * message is sent under its row lock, so a message goes out once (decision 0066).
 */
@Singleton
@Startup
public class WebhookTimer {

  private static final Logger LOG = Logger.getLogger(WebhookTimer.class.getName());

  @Inject private WebhookSender sender;
  @Inject private LeasedJobs jobs;

  @Inject
  @ConfigProperty(name = "institute.webhooks.poll.seconds", defaultValue = "5")
  private int pollSeconds;

  /** Asked for at start, so that a retry series that cannot be read stops the deployment. */
  @Inject private WebhookRetries retries;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    LOG.log(
        Level.FINE,
        "webhooks: every {0} s, retries after {1}",
        new Object[] {pollSeconds, retries.delays()});
    Duration every = Duration.ofSeconds(pollSeconds);
    jobs.schedule("webhooks", every, every, sender::sendDue);
  }
}
