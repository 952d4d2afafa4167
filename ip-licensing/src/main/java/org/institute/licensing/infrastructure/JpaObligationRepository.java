package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.licensing.DealState;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationReminder;
import org.institute.licensing.domain.ObligationRepository;

@ApplicationScoped
class JpaObligationRepository implements ObligationRepository {

  private static final List<DealState> OWING = List.of(DealState.EXECUTED, DealState.ACTIVE);

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Obligation obligation) {
    em.persist(obligation);
  }

  @Override
  public Optional<Obligation> find(long id) {
    return Optional.ofNullable(em.find(Obligation.class, id));
  }

  @Override
  public List<Obligation> ofDeal(long dealId) {
    return em.createQuery(
            "select o from Obligation o where o.dealId = :d order by o.due, o.id", Obligation.class)
        .setParameter("d", dealId)
        .getResultList();
  }

  @Override
  public List<DueObligation> openDueBetween(LocalDate from, LocalDate to, int max) {
    return em
        .createQuery(
            "select o.id, o.due from Obligation o where o.metOn is null and o.waivedBy is null and o.due between :a and :b"
                + " and o.dealId in (select d.id from LicenceDeal d where d.state in :owing) order by o.due, o.id",
            Object[].class)
        .setParameter("a", from)
        .setParameter("b", to)
        .setParameter("owing", OWING)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> new DueObligation((Long) r[0], (LocalDate) r[1]))
        .toList();
  }

  @Override
  public Page page(
      Scope scope,
      ObligationStatus status,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      int dueWindowDays,
      int offset,
      int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where("o", "d", scope, status, from, to, today, dueWindowDays, params);
    // the total rides along as an uncorrelated subquery: one statement for the page and its count
    String total =
        "(select count(o2.id) from Obligation o2, LicenceDeal d2"
            + where("o2", "d2", scope, status, from, to, today, dueWindowDays, params)
            + ")";
    TypedQuery<Object[]> q =
        em.createQuery(
                "select o, d.title, d.titleZh, d.licenseeId, "
                    + total
                    + " from Obligation o, LicenceDeal d"
                    + where
                    + " order by o.due, o.id",
                Object[].class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    params.forEach(q::setParameter);
    List<Object[]> found = q.getResultList();
    if (found.isEmpty()) {
      return new Page(
          List.of(), offset == 0 ? 0 : count(scope, status, from, to, today, dueWindowDays));
    }
    List<Row> rows =
        found.stream()
            .map(
                r ->
                    new Row(
                        (Obligation) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue()))
            .toList();
    return new Page(rows, ((Number) found.get(0)[4]).longValue());
  }

  private long count(
      Scope scope,
      ObligationStatus status,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      int dueWindowDays) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "select count(o2.id) from Obligation o2, LicenceDeal d2"
                + where("o2", "d2", scope, status, from, to, today, dueWindowDays, params),
            Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private static String where(
      String o,
      String d,
      Scope scope,
      ObligationStatus status,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      int dueWindowDays,
      Map<String, Object> params) {
    StringBuilder w = new StringBuilder(" where " + d + ".id = " + o + ".dealId");
    w.append(
        ScopeClause.of(
            scope,
            "("
                + d
                + ".licenseeId in :scope or exists (select 1 from "
                + d
                + ".licensorIds l where l in :scope))",
            params));
    if (from != null) {
      w.append(" and " + o + ".due >= :from");
      params.put("from", from);
    }
    if (to != null) {
      w.append(" and " + o + ".due <= :to");
      params.put("to", to);
    }
    if (status != null) {
      String open = " and " + o + ".metOn is null and " + o + ".waivedBy is null";
      switch (status) {
        case WAIVED -> w.append(" and " + o + ".waivedBy is not null");
        case MET -> w.append(" and " + o + ".metOn is not null and " + o + ".waivedBy is null");
        case OVERDUE -> w.append(open + " and " + o + ".due < :today");
        case DUE -> w.append(open + " and " + o + ".due >= :today and " + o + ".due <= :windowEnd");
        case UPCOMING -> w.append(open + " and " + o + ".due > :windowEnd");
      }
      if (status == ObligationStatus.OVERDUE || status == ObligationStatus.DUE) {
        params.put("today", today);
      }
      if (status == ObligationStatus.DUE || status == ObligationStatus.UPCOMING) {
        params.put("windowEnd", today.plusDays(dueWindowDays));
      }
    }
    return w.toString();
  }

  @Override
  public boolean reminded(long obligationId, LocalDate due, int daysBefore) {
    return em.createQuery(
                "select count(r) from ObligationReminder r where r.obligationId = :o and r.due = :d and r.daysBefore = :n",
                Long.class)
            .setParameter("o", obligationId)
            .setParameter("d", due)
            .setParameter("n", daysBefore)
            .getSingleResult()
        > 0;
  }

  @Override
  public void addReminder(ObligationReminder reminder) {
    em.persist(reminder);
    em.flush();
  }
}
