package org.institute.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.partners.AgreementQuery;
import org.institute.partners.domain.Agreement;
import org.institute.partners.domain.AgreementRepository;

@ApplicationScoped
class JpaAgreementRepository implements AgreementRepository {

  private static final String TERMINATED =
      "(a.terminatedOn is not null and a.terminatedOn <= :today)";
  private static final String EXPIRED = "(a.expiresOn is not null and a.expiresOn < :today)";

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Agreement agreement) {
    em.persist(agreement);
  }

  @Override
  public Optional<Agreement> find(long id) {
    return Optional.ofNullable(em.find(Agreement.class, id));
  }

  @Override
  public List<Agreement> search(
      AgreementQuery query,
      Scope confidentialScope,
      LocalDate today,
      int firstResult,
      int maxResults) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> ids =
        em.createQuery(
            "select a.id from Agreement a"
                + where(query, confidentialScope, today, params)
                + orderBy(query.sort()),
            Long.class);
    params.forEach(ids::setParameter);
    List<Long> page = ids.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    List<Agreement> loaded =
        new ArrayList<>(
            em.createQuery(
                    "select distinct a from Agreement a left join fetch a.parties where a.id in :ids",
                    Agreement.class)
                .setParameter("ids", page)
                .getResultList());
    loaded.sort(Comparator.comparingInt(a -> page.indexOf(a.id())));
    return loaded;
  }

  @Override
  public long count(AgreementQuery query, Scope confidentialScope, LocalDate today) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery(
            "select count(a) from Agreement a" + where(query, confidentialScope, today, params),
            Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static String where(
      AgreementQuery q, Scope confidentialScope, LocalDate today, Map<String, Object> params) {
    List<String> c = new ArrayList<>();
    if (!confidentialScope.isAll()) {
      List<Long> viewers = confidentialScope.partnerIds();
      StringBuilder visible = new StringBuilder("(a.confidential = false");
      for (int i = 0; i < viewers.size(); i++) {
        visible.append(" or :viewer").append(i).append(" member of a.parties");
        params.put("viewer" + i, viewers.get(i));
      }
      c.add(visible.append(')').toString());
    }
    if (q.text() != null && !q.text().isBlank()) {
      c.add("(lower(a.title) like :text escape '\\' or a.titleZh like :text escape '\\')");
      params.put(
          "text",
          "%"
              + q.text()
                  .trim()
                  .toLowerCase()
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%");
    }
    if (q.party() != null) {
      c.add(":party member of a.parties");
      params.put("party", q.party().value());
    }
    if (q.status() != null) {
      String notEnded = "not " + TERMINATED + " and not " + EXPIRED;
      c.add(
          switch (q.status()) {
            case TERMINATED -> TERMINATED;
            case EXPIRED -> "not " + TERMINATED + " and " + EXPIRED;
            case PENDING -> notEnded + " and a.effectiveFrom > :today";
            case IN_FORCE -> notEnded + " and a.effectiveFrom <= :today";
          });
      params.put("today", today);
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  private static String orderBy(String sort) {
    String key = sort == null || sort.isBlank() ? "-signedOn" : sort;
    boolean descending = key.startsWith("-");
    String field = descending ? key.substring(1) : key;
    return " order by a."
        + (AgreementQuery.SORTABLE.contains(field) ? field : "signedOn")
        + (descending ? " desc" : " asc")
        + ", a.id desc";
  }
}
