package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.domain.Disclosure;
import org.institute.licensing.domain.DisclosureRepository;

@ApplicationScoped
class JpaDisclosureRepository implements DisclosureRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Disclosure add(Disclosure disclosure) {
    em.persist(disclosure);
    em.flush();
    return disclosure;
  }

  @Override
  public Optional<Disclosure> find(long id) {
    return Optional.ofNullable(em.find(Disclosure.class, id));
  }

  @Override
  public void flushWithNewVersion(Disclosure disclosure) {
    em.lock(disclosure, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
  }

  @Override
  public List<Disclosure> page(DisclosureState state, Scope scope, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (state != null) {
      where.append(" and d.state = :state");
      params.put("state", state);
    }
    where.append(
        ScopeClause.of(
            scope,
            "(d.submitterPartnerId in :scope or d.id in"
                + " (select d2.id from Disclosure d2 join d2.inventors i where i.partnerId in :scope))",
            params));
    TypedQuery<Long> ids =
        em.createQuery(
                "select d.id from Disclosure d" + where + " order by d.updatedAt desc, d.id desc",
                Long.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    params.forEach(ids::setParameter);
    List<Long> page = ids.getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    List<Disclosure> loaded =
        em.createQuery(
                "select distinct d from Disclosure d left join fetch d.inventors where d.id in :ids",
                Disclosure.class)
            .setParameter("ids", page)
            .getResultList();
    return loaded.stream().sorted(Comparator.comparing(d -> page.indexOf(d.id()))).toList();
  }
}
