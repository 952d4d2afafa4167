package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.core.domain.PasswordLink;
import org.institute.core.domain.PasswordLinkRepository;

@ApplicationScoped
class JpaPasswordLinkRepository implements PasswordLinkRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(PasswordLink link) {
    em.persist(link);
  }

  @Override
  public Optional<PasswordLink> findForUpdate(String tokenHash) {
    return em.createQuery("select l from PasswordLink l where l.tokenHash = :h", PasswordLink.class)
        .setParameter("h", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PasswordLink> openLinksOf(long userId) {
    return em.createQuery(
            "select l from PasswordLink l where l.userId = :u and l.usedAt is null",
            PasswordLink.class)
        .setParameter("u", userId)
        .getResultList();
  }
}
