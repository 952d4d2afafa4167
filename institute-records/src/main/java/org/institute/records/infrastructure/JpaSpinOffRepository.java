package org.institute.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.records.SpinOffQuery;
import org.institute.records.domain.SpinOff;
import org.institute.records.domain.SpinOffRepository;

/** A page of ids first, then the page's rows with founders and patents: constant statements. */
@ApplicationScoped
class JpaSpinOffRepository implements SpinOffRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(SpinOff spinOff) {
    em.persist(spinOff);
  }

  @Override
  public Optional<SpinOff> find(long id) {
    return Optional.ofNullable(em.find(SpinOff.class, id));
  }

  @Override
  public List<SpinOff> page(SpinOffQuery query, Scope visibleTo, int first, int max) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> ids =
        em.createQuery(
            "select s.id from SpinOff s" + where(query, visibleTo, params) + orderBy(query.sort()),
            Long.class);
    params.forEach(ids::setParameter);
    List<Long> page = ids.setFirstResult(first).setMaxResults(max).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    List<SpinOff> rows =
        em.createQuery(
                "select distinct s from SpinOff s left join fetch s.founders where s.id in :ids",
                SpinOff.class)
            .setParameter("ids", page)
            .getResultList();
    em.createQuery(
            "select distinct s from SpinOff s left join fetch s.patentFamilies where s.id in :ids",
            SpinOff.class)
        .setParameter("ids", page)
        .getResultList();
    Map<Long, Integer> order = new HashMap<>();
    for (int i = 0; i < page.size(); i++) {
      order.put(page.get(i), i);
    }
    return rows.stream().sorted(Comparator.comparing(s -> order.get(s.id()))).toList();
  }

  @Override
  public long count(SpinOffQuery query, Scope visibleTo) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery(
            "select count(s) from SpinOff s" + where(query, visibleTo, params), Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    for (Object[] row :
        em.createQuery("select s.id, s.nameEn from SpinOff s where s.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static String where(SpinOffQuery query, Scope visibleTo, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (visibleTo.isNone()) {
      where.append(" and 1 = 0");
    } else if (!visibleTo.isAll()) {
      where.append(" and s.originPartner in :viewers");
      params.put("viewers", visibleTo.partnerIds());
    }
    if (query.originPartner() != null) {
      where.append(" and s.originPartner = :origin");
      params.put("origin", query.originPartner().value());
    }
    if (query.status() != null) {
      where.append(" and s.status = :status");
      params.put("status", query.status());
    }
    return where.toString();
  }

  private static String orderBy(String sort) {
    if (sort == null || sort.isBlank()) {
      return " order by s.foundedOn desc, s.id desc";
    }
    boolean descending = sort.startsWith("-");
    String field = descending ? sort.substring(1) : sort;
    return " order by s." + field + (descending ? " desc" : " asc") + ", s.id";
  }
}
