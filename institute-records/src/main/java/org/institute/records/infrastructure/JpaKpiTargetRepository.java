package org.institute.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.records.domain.KpiTarget;
import org.institute.records.domain.KpiTargetRepository;

@ApplicationScoped
class JpaKpiTargetRepository implements KpiTargetRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(KpiTarget target) {
    em.persist(target);
  }

  @Override
  public List<KpiTarget> all() {
    return em.createQuery(
            "select t from KpiTarget t order by t.periodTo desc, t.id", KpiTarget.class)
        .getResultList();
  }

  @Override
  public Optional<KpiTarget> find(String code) {
    return em.createQuery("select t from KpiTarget t where t.code = :code", KpiTarget.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
