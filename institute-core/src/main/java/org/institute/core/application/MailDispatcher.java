package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.domain.MailTransport;
import org.institute.core.domain.OutboxRepository;

/**
 * Delivers pending outbox messages one by one, each in its own transaction, so one bad address does
 * not hold back the rest. Something outside (a timer in web) calls {@link #deliverPending}.
 */
@ApplicationScoped
class MailDispatcher implements org.institute.core.MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 50;

  @Inject private OutboxRepository outbox;
  @Inject private MailTransport transport;
  @Inject private Clock clock;
  @Inject private MailDispatcher self;

  /** Returns how many messages were handed to the mail server. */
  @Override
  public int deliverPending() {
    if (!transport.available()) {
      return 0;
    }
    int sent = 0;
    for (long id : self.pendingIds()) {
      if (self.deliverOne(id)) {
        sent++;
      }
    }
    return sent;
  }

  @Transactional
  public List<Long> pendingIds() {
    return outbox.pendingIds(BATCH);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean deliverOne(long id) {
    return outbox
        .lockPending(id)
        .map(
            message -> {
              try {
                transport.deliver(message.recipient(), message.subject(), message.body());
                message.markSent(clock.instant());
                return true;
              } catch (Exception e) {
                LOG.log(
                    Level.WARNING, "mail {0} not delivered: {1}", new Object[] {id, e.toString()});
                message.markAttemptFailed(e.toString());
                return false;
              }
            })
        .orElse(false);
  }
}
