package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.licensing.domain.ApproverRole;
import org.institute.licensing.domain.ApproverRoleRepository;

@ApplicationScoped
class JpaApproverRoleRepository implements ApproverRoleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public ApproverRole add(ApproverRole role) {
    em.persist(role);
    // a code taken at the same moment by another admin fails here, inside the caller's try
    em.flush();
    return role;
  }

  @Override
  public List<ApproverRole> all() {
    return em.createQuery("select r from ApproverRole r order by r.code", ApproverRole.class)
        .getResultList();
  }

  @Override
  public java.util.SortedSet<String> codesHeldBy(String username) {
    return new java.util.TreeSet<>(
        em.createQuery(
                "select r.code from ApproverRole r join r.holders h where h = :u", String.class)
            .setParameter("u", username)
            .getResultList());
  }

  @Override
  public Optional<ApproverRole> byCode(String code) {
    return em.createQuery("select r from ApproverRole r where r.code = :code", ApproverRole.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }
}
