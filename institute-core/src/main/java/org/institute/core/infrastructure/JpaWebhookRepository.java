package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.institute.core.WebhookDeliveryStatus;
import org.institute.core.domain.WebhookEndpoint;
import org.institute.core.domain.WebhookMessage;
import org.institute.core.domain.WebhookRepository;

@ApplicationScoped
class JpaWebhookRepository implements WebhookRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(WebhookEndpoint endpoint) {
    em.persist(endpoint);
  }

  @Override
  public Optional<WebhookEndpoint> endpoint(long id) {
    return Optional.ofNullable(em.find(WebhookEndpoint.class, id));
  }

  @Override
  public List<WebhookEndpoint> endpoints() {
    return em.createQuery(
            "select e from WebhookEndpoint e order by e.id desc", WebhookEndpoint.class)
        .getResultList();
  }

  @Override
  public void add(WebhookMessage message) {
    em.persist(message);
  }

  @Override
  public Optional<WebhookMessage> message(long id) {
    return Optional.ofNullable(em.find(WebhookMessage.class, id));
  }

  @Override
  public List<WebhookMessage> latest(Long endpointId, int maxResults) {
    return em.createQuery(
            "select m from WebhookMessage m where (:e is null or m.endpointId = :e)"
                + " order by m.id desc",
            WebhookMessage.class)
        .setParameter("e", endpointId)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public List<Long> dueIds(Instant now, int max) {
    return em.createQuery(
            "select m.id from WebhookMessage m where m.status = :s and m.nextAttemptAt <= :now"
                + " order by m.id",
            Long.class)
        .setParameter("s", WebhookDeliveryStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<WebhookMessage> lockDue(long id, Instant now) {
    WebhookMessage m = em.find(WebhookMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    return Optional.ofNullable(m).filter(message -> message.isDue(now));
  }
}
