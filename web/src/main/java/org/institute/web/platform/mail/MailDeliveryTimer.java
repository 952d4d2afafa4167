package org.institute.web.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.MailDelivery;
import org.institute.web.platform.jobs.LeasedJobs;

/**
 * Delivers the outbox every few seconds ({@code INSTITUTE_MAIL_POLL_SECONDS}, default 30). In a
 * cluster every instance ticks, but only the holder of the job's lease delivers (decision 0066).
 */
@Singleton
@Startup
public class MailDeliveryTimer {

  @Inject private MailDelivery dispatcher;
  @Inject private LeasedJobs jobs;

  @Inject
  @ConfigProperty(name = "institute.mail.poll.seconds", defaultValue = "30")
  private int pollSeconds;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    Duration every = Duration.ofSeconds(pollSeconds);
    jobs.schedule("mail-outbox", every, every, dispatcher::deliverPending);
  }
}
