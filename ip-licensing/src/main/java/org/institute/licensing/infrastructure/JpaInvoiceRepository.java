package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.InvoiceRepository;

@ApplicationScoped
class JpaInvoiceRepository implements InvoiceRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Invoice add(Invoice invoice) {
    em.persist(invoice);
    em.flush();
    return invoice;
  }

  @Override
  public Optional<Invoice> find(long id) {
    return Optional.ofNullable(em.find(Invoice.class, id));
  }

  @Override
  public void lockForInterest(Invoice invoice) {
    em.lock(invoice, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public List<Invoice> interestOn(long invoiceId) {
    return em.createQuery(
            "select i from Invoice i where i.interestOnInvoiceId = :i order by i.id", Invoice.class)
        .setParameter("i", invoiceId)
        .getResultList();
  }

  @Override
  public List<Invoice> ofReport(long reportId) {
    return em.createQuery(
            "select i from Invoice i where i.reportId = :r order by i.id", Invoice.class)
        .setParameter("r", reportId)
        .getResultList();
  }

  @Override
  public List<Invoice> dueBetween(java.time.LocalDate from, java.time.LocalDate to) {
    return em.createQuery(
            "select i from Invoice i where i.kind in :k and i.dueDate between :from and :to"
                + " order by i.dueDate, i.id",
            Invoice.class)
        .setParameter("k", org.institute.licensing.InvoiceKind.OWED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Invoice> ofLicensee(long licenseeId) {
    return em.createQuery(
            "select i from Invoice i where i.licenseeId = :l order by i.id", Invoice.class)
        .setParameter("l", licenseeId)
        .getResultList();
  }

  @Override
  public List<Invoice> page(Long licenseeId, Scope scope, Long beforeId, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(licenseeId, scope, params);
    if (beforeId != null) {
      where += " and i.id < :before";
      params.put("before", beforeId);
    }
    TypedQuery<Invoice> q =
        em.createQuery(
                "select i from Invoice i where " + where + " order by i.id desc", Invoice.class)
            .setMaxResults(limit);
    params.forEach(q::setParameter);
    return q.getResultList();
  }

  @Override
  public long count(Long licenseeId, Scope scope) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "select count(i) from Invoice i where " + where(licenseeId, scope, params), Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private static String where(Long licenseeId, Scope scope, Map<String, Object> params) {
    if (licenseeId != null) {
      params.put("licensee", licenseeId);
      return "i.licenseeId = :licensee";
    }
    return "1 = 1"
        + ScopeClause.of(
            scope,
            "exists (select 1 from LicenceDeal d where d.id = i.dealId and (d.licenseeId in :scope"
                + " or exists (select 1 from d.licensorIds l where l in :scope)))",
            params);
  }
}
