package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.talent.domain.Attendance;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.SessionRepository;

@ApplicationScoped
class JpaSessionRepository implements SessionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Session> find(long id) {
    return Optional.ofNullable(em.find(Session.class, id));
  }

  @Override
  public void add(Session session) {
    em.persist(session);
  }

  @Override
  public List<Session> ofCohort(long cohortId) {
    return em.createQuery(
            "select s from Session s where s.cohortId = :c order by s.startsAt, s.id",
            Session.class)
        .setParameter("c", cohortId)
        .getResultList();
  }

  @Override
  public int taken(long cohortId) {
    return em.createQuery(
            "select count(s) from Session s where s.cohortId = :c and s.attendanceTaken = true",
            Long.class)
        .setParameter("c", cohortId)
        .getSingleResult()
        .intValue();
  }

  @Override
  public Map<Long, Attendance> marks(long sessionId) {
    Map<Long, Attendance> marks = new HashMap<>();
    em.createQuery("select a from Attendance a where a.sessionId = :s", Attendance.class)
        .setParameter("s", sessionId)
        .getResultList()
        .forEach(a -> marks.put(a.enrolmentId(), a));
    return marks;
  }

  @Override
  public void add(Attendance attendance) {
    em.persist(attendance);
  }
}
