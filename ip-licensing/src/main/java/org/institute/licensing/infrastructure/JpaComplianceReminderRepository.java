package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.institute.licensing.domain.ComplianceReminder;
import org.institute.licensing.domain.ComplianceReminderRepository;

@ApplicationScoped
class JpaComplianceReminderRepository implements ComplianceReminderRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean sent(
      ComplianceReminder.Subject subject, String key, LocalDate due, int daysAfter) {
    return em.createQuery(
                "select count(r) from ComplianceReminder r where r.subject = :s and r.key = :k"
                    + " and r.due = :d and r.daysAfter = :n",
                Long.class)
            .setParameter("s", subject)
            .setParameter("k", key)
            .setParameter("d", due)
            .setParameter("n", daysAfter)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(ComplianceReminder reminder) {
    em.persist(reminder);
    em.flush();
  }
}
