package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.institute.licensing.domain.DistributionPolicyRepository;
import org.institute.licensing.domain.DistributionPolicyVersion;

@ApplicationScoped
class JpaDistributionPolicyRepository implements DistributionPolicyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public DistributionPolicyVersion add(DistributionPolicyVersion version) {
    em.persist(version);
    em.flush();
    return version;
  }

  @Override
  public List<DistributionPolicyVersion> all() {
    return em.createQuery(
            "select p from DistributionPolicyVersion p"
                + " order by p.partnerId, p.effectiveFrom desc, p.id desc",
            DistributionPolicyVersion.class)
        .getResultList();
  }

  @Override
  public Map<Long, DistributionPolicyVersion> inForceOn(LocalDate day) {
    Map<Long, DistributionPolicyVersion> inForce = new TreeMap<>();
    // the latest effective on or before the day wins; on one day the latest saved
    em.createQuery(
            "select p from DistributionPolicyVersion p where p.effectiveFrom <= :day"
                + " order by p.effectiveFrom, p.id",
            DistributionPolicyVersion.class)
        .setParameter("day", day)
        .getResultList()
        .forEach(p -> inForce.put(p.partnerId(), p));
    return inForce;
  }
}
