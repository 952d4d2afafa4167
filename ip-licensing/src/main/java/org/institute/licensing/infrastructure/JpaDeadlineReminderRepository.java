package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.institute.licensing.Deadline;
import org.institute.licensing.domain.DeadlineReminder;
import org.institute.licensing.domain.DeadlineReminderRepository;

@ApplicationScoped
class JpaDeadlineReminderRepository implements DeadlineReminderRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean sent(Deadline d, int daysBefore) {
    return em.createQuery(
                "select count(r) from DeadlineReminder r where r.familyId = :f and r.kind = :k and r.due = :d"
                    + " and r.daysBefore = :n",
                Long.class)
            .setParameter("f", d.familyId())
            .setParameter("k", d.kind())
            .setParameter("d", d.due())
            .setParameter("n", daysBefore)
            .getSingleResult()
        > 0;
  }

  @Override
  public void add(DeadlineReminder reminder) {
    em.persist(reminder);
    em.flush();
  }
}
