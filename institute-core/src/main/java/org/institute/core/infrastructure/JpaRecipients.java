package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.institute.core.Addressee;
import org.institute.core.PartnerId;
import org.institute.core.Recipients;
import org.institute.core.Role;

/** Reads addresses straight from the accounts, one query per question. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class JpaRecipients implements Recipients {

  @PersistenceContext private EntityManager em;

  @Override
  public List<String> withRole(Role role) {
    return em.createQuery(
            "select a.email from UserAccount a where a.enabled = true and :role member of a.roles"
                + " order by a.username",
            String.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public List<String> staffOf(PartnerId partner) {
    return em.createQuery(
            "select a.email from UserAccount a where a.enabled = true and a.partnerId = :p"
                + " and :role member of a.roles order by a.username",
            String.class)
        .setParameter("p", partner.value())
        .setParameter("role", Role.PARTNER_STAFF)
        .getResultList();
  }

  @Override
  public List<Addressee> addresseesWithRole(Role role) {
    return em.createQuery(
            "select new org.institute.core.Addressee(a.email, a.language) from UserAccount a"
                + " where a.enabled = true and :role member of a.roles order by a.username",
            Addressee.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public List<Addressee> addresseesOf(PartnerId partner, Role role) {
    return em.createQuery(
            "select new org.institute.core.Addressee(a.email, a.language) from UserAccount a"
                + " where a.enabled = true and a.partnerId = :p and :role member of a.roles"
                + " order by a.username",
            Addressee.class)
        .setParameter("p", partner.value())
        .setParameter("role", role)
        .getResultList();
  }
}
