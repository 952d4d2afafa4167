package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.institute.core.Caller;
import org.institute.core.CoreAction;
import org.institute.core.MailOutbox;
import org.institute.core.Mailer;
import org.institute.core.domain.MailTransport;
import org.institute.core.domain.OutboxMessage;
import org.institute.core.domain.OutboxRepository;

@ApplicationScoped
@Transactional
class MailService implements Mailer, MailOutbox {

  @Inject private OutboxRepository outbox;
  @Inject private MailTransport transport;
  @Inject private Clock clock;
  @Inject private Caller caller;
  @Inject private CorePolicy policy;

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void send(String recipient, String subject, String body) {
    outbox.add(new OutboxMessage(recipient, subject, body, clock.instant()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Message> latest(int firstResult, int maxResults) {
    policy.require(CoreAction.READ_OUTBOX, "reading the mail outbox");
    return outbox.latest(firstResult, maxResults).stream().map(OutboxMessage::view).toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count() {
    return outbox.count();
  }

  @Override
  public boolean deliveryConfigured() {
    return transport.available();
  }
}
