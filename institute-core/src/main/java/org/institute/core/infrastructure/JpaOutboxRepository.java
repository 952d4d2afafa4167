package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.core.domain.OutboxMessage;
import org.institute.core.domain.OutboxRepository;

@ApplicationScoped
class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  public List<OutboxMessage> latest(int firstResult, int maxResults) {
    return em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
  }

  @Override
  public List<Long> pendingIds(int max) {
    return em.createQuery(
            "select m.id from OutboxMessage m where m.status = :s order by m.id", Long.class)
        .setParameter("s", OutboxMessage.Status.PENDING)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<OutboxMessage> lockPending(long id) {
    OutboxMessage m = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
    return Optional.ofNullable(m).filter(OutboxMessage::isPending);
  }
}
