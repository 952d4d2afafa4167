package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.institute.core.AuditQuery;
import org.institute.core.domain.AuditEntry;
import org.institute.core.domain.AuditHead;
import org.institute.core.domain.AuditLink;
import org.institute.core.domain.AuditRepository;
import org.institute.core.domain.AuditVerification;

@ApplicationScoped
class JpaAuditRepository implements AuditRepository {

  private static final int VERIFY_PAGE = 500;

  @PersistenceContext private EntityManager em;

  @Override
  public AuditHead lockHead() {
    return em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> search(AuditQuery query, int firstResult, int maxResults) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, params);
    TypedQuery<AuditEntry> q =
        em.createQuery(
            "select a from AuditEntry a" + where + " order by a.sequence desc", AuditEntry.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
  }

  @Override
  public List<AuditEntry> before(AuditQuery query, Long sequence, int rows) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, params);
    if (sequence != null) {
      where += (where.isEmpty() ? " where" : " and") + " a.sequence < :before";
      params.put("before", sequence);
    }
    TypedQuery<AuditEntry> q =
        em.createQuery(
            "select a from AuditEntry a" + where + " order by a.sequence desc", AuditEntry.class);
    params.forEach(q::setParameter);
    return q.setMaxResults(rows).getResultList();
  }

  @Override
  public void addVerification(AuditVerification verification) {
    em.persist(verification);
  }

  @Override
  public Optional<AuditVerification> lastVerification() {
    return em.createQuery(
            "select v from AuditVerification v order by v.id desc", AuditVerification.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count(AuditQuery query) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery("select count(a) from AuditEntry a" + where(query, params), Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private static String where(AuditQuery query, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    if (notBlank(query.actor())) {
      where.append(" and a.actor = :actor");
      params.put("actor", query.actor().trim());
    }
    if (notBlank(query.entityType())) {
      where.append(" and a.entityType = :type");
      params.put("type", query.entityType().trim());
    }
    if (notBlank(query.entityId())) {
      where.append(" and a.entityId = :id");
      params.put("id", query.entityId().trim());
    }
    if (query.from() != null) {
      where.append(" and a.at >= :from");
      params.put("from", query.from().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (query.to() != null) {
      where.append(" and a.at < :to");
      params.put("to", query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    return where.length() == 0 ? "" : " where" + where.substring(4);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  @Override
  public AuditHead head() {
    return em.find(AuditHead.class, AuditHead.ID);
  }

  @Override
  public void forEachInSequence(long upTo, Consumer<AuditLink> consumer) {
    long after = 0;
    while (true) {
      List<AuditEntry> page =
          em.createQuery(
                  "select a from AuditEntry a where a.sequence > :after and a.sequence <= :upTo"
                      + " order by a.sequence",
                  AuditEntry.class)
              .setParameter("after", after)
              .setParameter("upTo", upTo)
              .setMaxResults(VERIFY_PAGE)
              .getResultList();
      for (AuditEntry entry : page) {
        AuditLink link = entry.link();
        consumer.accept(link);
        after = link.sequence();
      }
      em.clear();
      if (page.size() < VERIFY_PAGE) {
        return;
      }
    }
  }
}
