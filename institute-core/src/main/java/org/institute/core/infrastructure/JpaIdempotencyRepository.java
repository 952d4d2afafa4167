package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.institute.core.domain.IdempotencyRecord;
import org.institute.core.domain.IdempotencyRepository;

@ApplicationScoped
class JpaIdempotencyRepository implements IdempotencyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<IdempotencyRecord> find(String username, String key) {
    return em.createQuery(
            "select r from IdempotencyRecord r where r.username = :u and r.key = :k",
            IdempotencyRecord.class)
        .setParameter("u", username)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(IdempotencyRecord record) {
    em.persist(record);
    em.flush();
  }

  @Override
  public void remove(IdempotencyRecord record) {
    em.remove(record);
    em.flush();
  }
}
