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
import org.institute.core.ListSort;
import org.institute.core.Scope;
import org.institute.core.SearchText;
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

  private static final Map<String, String> ORDER =
      Map.of(
          "id", "d.id",
          "title", "lower(d.title)",
          "state", "d.state",
          "submittedAt", "d.submittedAt",
          "updatedAt", "d.updatedAt");

  @Override
  public List<Disclosure> page(DisclosureState state, Scope scope, int offset, int limit) {
    return search(state, scope, null, ListSort.descending("updatedAt"), offset, limit)
        .disclosures();
  }

  @Override
  public Found search(
      DisclosureState state, Scope scope, SearchText text, ListSort sort, int offset, int limit) {
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
    if (text != null) {
      params.put("text", text.containsPattern());
      where.append(
          " and (lower(d.title) like :text escape '\\' or lower(d.titleZh) like :text escape"
              + " '\\' or lower(d.researchProject) like :text escape '\\' or lower(d.submittedBy)"
              + " like :text escape '\\' or d.id in (select d3.id from Disclosure d3 join"
              + " d3.inventors i3 where lower(i3.name) like :text escape '\\')");
      text.number()
          .ifPresent(
              n -> {
                where.append(" or d.id = :number");
                params.put("number", n);
              });
      where.append(")");
    }
    String column = ORDER.get(sort.field());
    if (column == null) {
      throw new IllegalArgumentException("not a sort field: " + sort.field());
    }
    String direction = " " + sort.direction();
    TypedQuery<Long> ids =
        em.createQuery(
                "select d.id from Disclosure d"
                    + where
                    + " order by "
                    + column
                    + direction
                    + ", d.id"
                    + direction,
                Long.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    params.forEach(ids::setParameter);
    List<Long> page = ids.getResultList();
    TypedQuery<Long> count =
        em.createQuery("select count(d) from Disclosure d" + where, Long.class);
    params.forEach(count::setParameter);
    long total = page.isEmpty() && offset == 0 ? 0 : count.getSingleResult();
    if (page.isEmpty()) {
      return new Found(List.of(), total);
    }
    List<Disclosure> loaded =
        em.createQuery(
                "select distinct d from Disclosure d left join fetch d.inventors where d.id in :ids",
                Disclosure.class)
            .setParameter("ids", page)
            .getResultList();
    return new Found(
        loaded.stream().sorted(Comparator.comparing(d -> page.indexOf(d.id()))).toList(), total);
  }
}
