package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.institute.licensing.domain.ApprovalPolicyRepository;
import org.institute.licensing.domain.ApprovalPolicyVersion;

@ApplicationScoped
class JpaApprovalPolicyRepository implements ApprovalPolicyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public ApprovalPolicyVersion add(ApprovalPolicyVersion version) {
    em.persist(version);
    // a version number taken at the same moment by another admin fails here, inside the caller's
    // try, rather than at the commit
    em.flush();
    return version;
  }

  @Override
  public List<ApprovalPolicyVersion> all() {
    return em.createQuery(
            "select p from ApprovalPolicyVersion p order by p.effectiveFrom desc, p.number desc",
            ApprovalPolicyVersion.class)
        .getResultList();
  }

  @Override
  public Optional<ApprovalPolicyVersion> inForceOn(LocalDate day) {
    return em.createQuery(
            "select p from ApprovalPolicyVersion p where p.effectiveFrom <= :day"
                + " order by p.effectiveFrom desc, p.number desc",
            ApprovalPolicyVersion.class)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int lastNumber() {
    Integer last =
        em.createQuery("select max(p.number) from ApprovalPolicyVersion p", Integer.class)
            .getSingleResult();
    return last == null ? 0 : last;
  }
}
