package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.talent.EnrolmentState;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Programme;

@ApplicationScoped
class JpaCohortRepository implements CohortRepository {

  private static final Map<String, String> ORDER =
      Map.of("startsOn", "c.startsOn desc", "name", "c.name", "status", "c.status");

  private static final String SELECT =
      "select c, p, (select count(e) from Enrolment e where e.cohortId = c.id and e.state = :waiting)"
          + " from Cohort c, Programme p where p.id = c.programmeId";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Cohort> find(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  @Override
  public Optional<Cohort> lock(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(Cohort cohort) {
    em.persist(cohort);
  }

  private static String where(Long programmeId, Scope owners) {
    String where = "";
    if (programmeId != null) {
      where += " and c.programmeId = :programme";
    }
    return where + ScopeFilter.and(owners, JpaProgrammeRepository.OWNED);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Long programmeId, Scope owners) {
    if (programmeId != null) {
      q.setParameter("programme", programmeId);
    }
    return ScopeFilter.bind(q, owners);
  }

  @Override
  public List<Row> list(Long programmeId, Scope owners, String sort, int offset, int limit) {
    String order = ORDER.getOrDefault(sort, "c.startsOn desc");
    return bind(
            em.createQuery(
                SELECT + where(programmeId, owners) + " order by " + order + ", c.id",
                Object[].class),
            programmeId,
            owners)
        .setParameter("waiting", EnrolmentState.WAITLISTED)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(JpaCohortRepository::row)
        .toList();
  }

  @Override
  public long count(Long programmeId, Scope owners) {
    return bind(
            em.createQuery(
                "select count(c) from Cohort c, Programme p where p.id = c.programmeId"
                    + where(programmeId, owners),
                Long.class),
            programmeId,
            owners)
        .getSingleResult();
  }

  @Override
  public Optional<Row> row(long id) {
    return em.createQuery(SELECT + " and c.id = :id", Object[].class)
        .setParameter("waiting", EnrolmentState.WAITLISTED)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .map(JpaCohortRepository::row);
  }

  private static Row row(Object[] r) {
    return new Row((Cohort) r[0], (Programme) r[1], ((Number) r[2]).longValue());
  }
}
