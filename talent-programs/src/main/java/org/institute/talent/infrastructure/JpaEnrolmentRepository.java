package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.SearchText;
import org.institute.talent.EnrolmentState;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;

@ApplicationScoped
class JpaEnrolmentRepository implements EnrolmentRepository {

  private static final String LINE =
      "select e, p, (select count(a) from Attendance a where a.enrolmentId = e.id and a.present = true),"
          + " (select c.code from Certificate c where c.enrolmentId = e.id)"
          + " from Enrolment e, Participant p where p.id = e.participantId and e.cohortId = :cohort";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Enrolment> find(long id) {
    return Optional.ofNullable(em.find(Enrolment.class, id));
  }

  @Override
  public Optional<Enrolment> find(long cohortId, long participantId) {
    return em.createQuery(
            "select e from Enrolment e where e.cohortId = :c and e.participantId = :p",
            Enrolment.class)
        .setParameter("c", cohortId)
        .setParameter("p", participantId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Enrolment enrolment) {
    em.persist(enrolment);
  }

  @Override
  public Optional<Enrolment> first(long cohortId) {
    return em.createQuery(
            "select e from Enrolment e where e.cohortId = :c and e.state = :w"
                + " order by e.waitlistTicket",
            Enrolment.class)
        .setParameter("c", cohortId)
        .setParameter("w", EnrolmentState.WAITLISTED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, EnrolmentState> participantsOf(long cohortId) {
    Map<Long, EnrolmentState> states = new HashMap<>();
    em.createQuery(
            "select e.participantId, e.state from Enrolment e where e.cohortId = :c",
            Object[].class)
        .setParameter("c", cohortId)
        .getResultList()
        .forEach(r -> states.put((Long) r[0], (EnrolmentState) r[1]));
    return states;
  }

  @Override
  public int waitlistPosition(long cohortId, long ticket) {
    return em.createQuery(
            "select count(e) from Enrolment e where e.cohortId = :c and e.state = :w"
                + " and e.waitlistTicket <= :t",
            Long.class)
        .setParameter("c", cohortId)
        .setParameter("w", EnrolmentState.WAITLISTED)
        .setParameter("t", ticket)
        .getSingleResult()
        .intValue();
  }

  private static final Map<String, String> ROSTER_ORDER =
      Map.of(
          "name", "lower(p.nameLatin)",
          "email", "lower(p.email)",
          "organisation", "lower(p.organisation)",
          "state", "e.state");

  @Override
  public List<Line> roster(long cohortId, SearchText text, ListSort order) {
    String where = "";
    if (text != null) {
      where =
          " and (lower(p.nameLatin) like :text escape '\\' or lower(p.nameZh) like :text escape"
              + " '\\' or lower(p.email) like :text escape '\\' or lower(p.organisation) like"
              + " :text escape '\\')";
    }
    String orderBy = "e.waitlistTicket, e.id";
    if (order != null) {
      String column = ROSTER_ORDER.get(order.field());
      if (column == null) {
        throw new IllegalArgumentException("not a sort field: " + order.field());
      }
      orderBy = column + " " + order.direction() + ", e.id " + order.direction();
    }
    TypedQuery<Object[]> query =
        em.createQuery(LINE + where + " order by " + orderBy, Object[].class)
            .setParameter("cohort", cohortId);
    if (text != null) {
      query.setParameter("text", text.containsPattern());
    }
    return query.getResultList().stream().map(JpaEnrolmentRepository::line).toList();
  }

  @Override
  public List<Line> seated(long cohortId) {
    return em
        .createQuery(LINE + " and e.state = :s order by p.nameLatin, e.id", Object[].class)
        .setParameter("cohort", cohortId)
        .setParameter("s", EnrolmentState.ENROLLED)
        .getResultList()
        .stream()
        .map(JpaEnrolmentRepository::line)
        .toList();
  }

  @Override
  public long attended(long enrolmentId) {
    return em.createQuery(
            "select count(a) from Attendance a where a.enrolmentId = :e and a.present = true",
            Long.class)
        .setParameter("e", enrolmentId)
        .getSingleResult();
  }

  private static Line line(Object[] r) {
    return new Line(
        (Enrolment) r[0], (Participant) r[1], ((Number) r[2]).longValue(), (String) r[3]);
  }
}
