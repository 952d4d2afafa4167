package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.institute.licensing.domain.PatentCost;
import org.institute.licensing.domain.PatentCostRepository;

@ApplicationScoped
class JpaPatentCostRepository implements PatentCostRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public PatentCost add(PatentCost cost) {
    em.persist(cost);
    return cost;
  }

  @Override
  public List<PatentCost> ofFamily(long familyId) {
    return em.createQuery(
            "select c from PatentCost c where c.familyId = :f order by c.incurredOn desc, c.id desc",
            PatentCost.class)
        .setParameter("f", familyId)
        .getResultList();
  }
}
