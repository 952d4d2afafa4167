package org.institute.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerLabel;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRole;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
class JpaPartnerRepository implements PartnerRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Partner> find(long id) {
    return Optional.ofNullable(em.find(Partner.class, id));
  }

  @Override
  public Optional<Partner> findByCode(String code) {
    return em.createQuery("select p from Partner p where p.code = :code", Partner.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Partner> all() {
    // roles fetched in the same statement: one query for the whole directory, not one per partner
    return em.createQuery(
            "select distinct p from Partner p left join fetch p.roles order by p.code",
            Partner.class)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<PartnerLabel> labels(Collection<Long> ids) {
    List<Object[]> rows;
    if (ids == null) {
      rows =
          em.createQuery(
                  "select p.id, p.code, p.nameEn, p.nameZh from Partner p order by p.code",
                  Object[].class)
              .getResultList();
    } else if (ids.isEmpty()) {
      return List.of();
    } else {
      // the ids written into the statement as numbers (longs, nothing else): a JPQL "in :ids"
      // parameter makes Hibernate translate the query again on every call, which cost more than
      // reading the rows on a page of 50 deals
      String in = ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
      rows =
          em.createNativeQuery(
                  "select id, code, name_en, name_zh from ptn_partner where id in ("
                      + in
                      + ") order by code")
              .getResultList();
    }
    return rows.stream()
        .map(
            r ->
                new PartnerLabel(
                    new PartnerId(((Number) r[0]).longValue()),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3]))
        .toList();
  }

  @Override
  public List<Partner> withRole(PartnerRole role) {
    return em.createQuery(
            "select p from Partner p where p.active = true and :role member of p.roles"
                + " order by p.code",
            Partner.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public void add(Partner partner) {
    em.persist(partner);
  }

  @Override
  public List<Partner> search(PartnerQuery query, int firstResult, int maxResults) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> ids =
        em.createQuery(
            "select p.id from Partner p" + where(query, params) + orderBy(query.sort()),
            Long.class);
    params.forEach(ids::setParameter);
    List<Long> page = ids.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    List<Partner> loaded =
        new ArrayList<>(
            em.createQuery(
                    "select distinct p from Partner p left join fetch p.roles where p.id in :ids",
                    Partner.class)
                .setParameter("ids", page)
                .getResultList());
    loaded.sort(Comparator.comparingInt(p -> page.indexOf(p.id().orElseThrow())));
    return loaded;
  }

  @Override
  public long count(PartnerQuery query) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery("select count(p) from Partner p" + where(query, params), Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public List<Partner> withNames(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct p from Partner p left join fetch p.roles left join fetch p.names"
                + " where p.id in :ids",
            Partner.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static String where(PartnerQuery q, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (q.text() != null && !q.text().isBlank()) {
      conditions.add(
          "(lower(p.code) like :text escape '\\' or lower(p.nameEn) like :text escape '\\'"
              + " or p.nameZh like :text escape '\\')");
      params.put("text", "%" + escapeLike(q.text().trim().toLowerCase()) + "%");
    }
    if (q.kind() != null) {
      conditions.add("p.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.role() != null) {
      conditions.add(":role member of p.roles");
      params.put("role", q.role());
    }
    if (q.active() != null) {
      conditions.add("p.active = :active");
      params.put("active", q.active());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static String orderBy(String sort) {
    String key = sort == null || sort.isBlank() ? "code" : sort;
    boolean descending = key.startsWith("-");
    String field = descending ? key.substring(1) : key;
    return " order by p."
        + (PartnerQuery.SORTABLE.contains(field) ? field : "code")
        + (descending ? " desc" : " asc")
        + ", p.id asc";
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
