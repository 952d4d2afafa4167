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

  @Override
  public java.util.Map<Long, java.util.Map<Long, java.math.BigDecimal>> sgdByPayer(
      java.util.Collection<Long> familyIds, java.time.LocalDate until) {
    java.util.Map<Long, java.util.Map<Long, java.math.BigDecimal>> result =
        new java.util.HashMap<>();
    if (familyIds.isEmpty()) {
      return result;
    }
    em.createQuery(
            "select c.familyId, c.paidBy, sum(c.amountSgd) from PatentCost c"
                + " where c.familyId in :families and c.incurredOn <= :until"
                + " group by c.familyId, c.paidBy",
            Object[].class)
        .setParameter("families", familyIds)
        .setParameter("until", until)
        .getResultList()
        .forEach(
            row ->
                result
                    .computeIfAbsent((Long) row[0], f -> new java.util.HashMap<>())
                    .put((Long) row[1], (java.math.BigDecimal) row[2]));
    return result;
  }
}
