package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.licensing.domain.DistributionLine;
import org.institute.licensing.domain.DistributionLineQuery;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;

@ApplicationScoped
class JpaPaymentRepository implements PaymentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Payment add(Payment payment) {
    em.persist(payment);
    em.flush();
    return payment;
  }

  @Override
  public Optional<Payment> find(long id) {
    return Optional.ofNullable(em.find(Payment.class, id));
  }

  @Override
  public List<Payment> ofDeal(long dealId) {
    List<Payment> list =
        em.createQuery(
                "select distinct p from Payment p left join fetch p.shares where p.dealId = :d"
                    + " order by p.receivedOn, p.id",
                Payment.class)
            .setParameter("d", dealId)
            .getResultList();
    if (!list.isEmpty()) {
      // the lines in a second query: two list collections cannot be fetched in one
      em.createQuery(
              "select distinct p from Payment p left join fetch p.lines where p in :list",
              Payment.class)
          .setParameter("list", list)
          .getResultList();
    }
    return list;
  }

  @Override
  public java.util.Map<Long, java.util.Map<Long, java.math.BigDecimal>> distributedSgd(
      java.util.Collection<Long> familyIds,
      java.util.Collection<org.institute.licensing.DistributionStep> steps,
      Long beforePayment) {
    java.util.Map<Long, java.util.Map<Long, java.math.BigDecimal>> result =
        new java.util.HashMap<>();
    if (familyIds.isEmpty()) {
      return result;
    }
    List<Object[]> rows =
        em.createQuery(
                "select l.familyId, l.partnerId, sum(l.amountSgd) from DistributionLine l"
                    + " join l.payment p where l.familyId in :families and l.step in :steps"
                    + " and p.voidedAt is null and p.id < :before"
                    + " group by l.familyId, l.partnerId",
                Object[].class)
            .setParameter("families", familyIds)
            .setParameter("steps", steps)
            .setParameter("before", beforePayment == null ? Long.MAX_VALUE : beforePayment)
            .getResultList();
    for (Object[] row : rows) {
      result
          .computeIfAbsent((Long) row[0], f -> new java.util.HashMap<>())
          .put((Long) row[1], (java.math.BigDecimal) row[2]);
    }
    return result;
  }

  @Override
  public Optional<java.time.LocalDate> lastDistributedOn(long partnerId) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(p.receivedOn) from DistributionLine l join l.payment p"
                    + " where l.partnerId = :partner and l.step <> :recovery",
                java.time.LocalDate.class)
            .setParameter("partner", partnerId)
            .setParameter("recovery", org.institute.licensing.DistributionStep.COST_RECOVERY)
            .getSingleResult());
  }

  @Override
  public List<DistributionLine> lines(DistributionLineQuery q) {
    StringBuilder jpql =
        new StringBuilder(
            "select l from DistributionLine l join fetch l.payment p where p.voidedAt is null");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (q.partnerId() != null) {
      jpql.append(" and l.partnerId = :partner");
      params.put("partner", q.partnerId());
    }
    if (q.partners() != null) {
      jpql.append(" and l.partnerId in :scope");
      params.put("scope", q.partners().isEmpty() ? List.of(-1L) : q.partners());
    }
    if (q.dealId() != null) {
      jpql.append(" and p.dealId = :deal");
      params.put("deal", q.dealId());
    }
    if (q.inventor() != null) {
      jpql.append(" and l.step = :inventorStep and lower(l.inventorName) = :inventor");
      params.put("inventorStep", org.institute.licensing.DistributionStep.INVENTOR);
      params.put("inventor", q.inventor().toLowerCase(java.util.Locale.ROOT));
    }
    if (q.from() != null) {
      jpql.append(" and p.receivedOn >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      jpql.append(" and p.receivedOn <= :to");
      params.put("to", q.to());
    }
    jpql.append(" order by p.receivedOn desc, p.id desc, l.number");
    var query = em.createQuery(jpql.toString(), DistributionLine.class);
    params.forEach(query::setParameter);
    return query.setMaxResults(q.limit()).getResultList();
  }

  @Override
  public List<Payment> ofInvoices(java.util.Collection<Long> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Payment p where p.invoiceId in :ids order by p.receivedOn, p.id",
            Payment.class)
        .setParameter("ids", invoiceIds)
        .getResultList();
  }
}
