package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
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
    return em.createQuery(
            "select distinct p from Payment p left join fetch p.shares where p.dealId = :d"
                + " order by p.receivedOn, p.id",
            Payment.class)
        .setParameter("d", dealId)
        .getResultList();
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
