package org.institute.web.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.JobLeases;
import org.institute.core.MailDelivery;

/**
 * Delivers the outbox every few seconds ({@code INSTITUTE_MAIL_POLL_SECONDS}, default 30). In a
 * cluster every instance ticks, but only the holder of the job's lease delivers (decision 0066).
 */
@Singleton
@Startup
public class MailDeliveryTimer {

  private static final Logger LOG = Logger.getLogger(MailDeliveryTimer.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private MailDelivery dispatcher;
  @Inject private JobLeases leases;

  @Inject
  @ConfigProperty(name = "institute.mail.poll.seconds", defaultValue = "30")
  private int pollSeconds;

  private ScheduledFuture<?> task;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    task =
        scheduler.scheduleWithFixedDelay(this::deliver, pollSeconds, pollSeconds, TimeUnit.SECONDS);
  }

  private void deliver() {
    try {
      if (!leases.tryRun("mail-outbox", Duration.ofSeconds(pollSeconds))) {
        return;
      }
      dispatcher.deliverPending();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail delivery round failed; will retry", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
