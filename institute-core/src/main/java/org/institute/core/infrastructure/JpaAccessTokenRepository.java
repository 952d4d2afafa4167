package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.core.domain.AccessToken;
import org.institute.core.domain.AccessTokenRepository;

@ApplicationScoped
class JpaAccessTokenRepository implements AccessTokenRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccessToken token) {
    em.persist(token);
  }

  @Override
  public Optional<AccessToken> find(long id) {
    return Optional.ofNullable(em.find(AccessToken.class, id));
  }

  @Override
  public Optional<AccessToken> byHash(String hash) {
    return em.createQuery("select t from AccessToken t where t.tokenHash = :h", AccessToken.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AccessToken> of(String username) {
    return em.createQuery(
            "select t from AccessToken t where (:u is null or t.username = :u) order by t.id desc",
            AccessToken.class)
        .setParameter("u", username)
        .setMaxResults(500)
        .getResultList();
  }
}
