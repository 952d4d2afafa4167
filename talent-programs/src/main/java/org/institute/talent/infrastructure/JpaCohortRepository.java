package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Keyset;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Scope;
import org.institute.core.Slice;
import org.institute.talent.CohortStatus;
import org.institute.talent.EnrolmentState;
import org.institute.talent.Waitlists;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Programme;

@ApplicationScoped
class JpaCohortRepository implements CohortRepository {

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
    // the page's ids first, then its rows with their waitlists, as the keyset list reads them
    List<Long> ids =
        bind(
                em.createQuery(
                    "select c.id from Cohort c, Programme p where p.id = c.programmeId"
                        + where(programmeId, owners)
                        + " order by "
                        + orderBy(CohortRepository.order(sort)),
                    Long.class),
                programmeId,
                owners)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList();
    return rowsOf(ids);
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

  /** The columns a keyset list of cohorts sorts by. */
  private static final Map<String, String> COLUMNS =
      Map.of("startsOn", "c.startsOn", "name", "c.name", "status", "c.status");

  private static String column(ListSort sort) {
    String column = COLUMNS.get(sort.field());
    if (column == null) {
      throw new IllegalArgumentException("not a sort field: " + sort.field());
    }
    return column;
  }

  /** The order's column, then the id, both in the order's direction. */
  private static String orderBy(ListSort sort) {
    return column(sort) + " " + sort.direction() + ", c.id " + sort.direction();
  }

  @Override
  public Slice<Row> slice(Long programmeId, Scope owners, ListSort sort, PageRequest page) {
    String column = column(sort);
    Map<String, Object> params = new HashMap<>();
    String after = "";
    if (page.after() != null) {
      PageCursor cursor = page.after().requireOrder(sort);
      after =
          Keyset.after(column, "c.id", sort, cursor, keyValue(sort.field(), cursor.key()), params);
    }
    // the page's ids first, in the order's index; the waitlists are counted for those rows only
    TypedQuery<Object[]> ids =
        bind(
            em.createQuery(
                "select c.id, "
                    + column
                    + " from Cohort c, Programme p where p.id = c.programmeId"
                    + where(programmeId, owners)
                    + after
                    + " order by "
                    + orderBy(sort),
                Object[].class),
            programmeId,
            owners);
    params.forEach(ids::setParameter);
    List<Object[]> rows = ids.setMaxResults(page.limit() + 1).getResultList();
    PageCursor next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      Object[] last = rows.get(rows.size() - 1);
      next = PageCursor.after(sort, keyText(last[1]), ((Number) last[0]).longValue());
    }
    List<Long> found = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    return new Slice<>(rowsOf(found), next, page.countExact() ? count(programmeId, owners) : null);
  }

  /** The rows of the given cohorts, in the order of the ids. */
  private List<Row> rowsOf(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> byId = new HashMap<>();
    em.createQuery(SELECT + " and c.id in :ids", Object[].class)
        .setParameter("waiting", EnrolmentState.WAITLISTED)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> byId.put(((Cohort) r[0]).id(), row(r)));
    return ids.stream().map(byId::get).toList();
  }

  private static String keyText(Object key) {
    return key instanceof Enum<?> e ? e.name() : key.toString();
  }

  /** A cursor's key as the sort column's type; a key that does not read is a refused cursor. */
  static Object keyValue(String field, String key) {
    try {
      return switch (field) {
        case "startsOn" -> LocalDate.parse(key);
        case "status" -> CohortStatus.valueOf(key);
        default -> key;
      };
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw PageCursor.invalid();
    }
  }

  @Override
  public Waitlists waitlists(Scope owners, Set<CohortStatus> statuses) {
    Object[] sums =
        bind(
                em.createQuery(
                    "select count(c), coalesce(sum(c.waitlistLength), 0), min(c.id)"
                        + " from Cohort c, Programme p where p.id = c.programmeId"
                        + " and c.status in :statuses and c.waitlistLength > 0"
                        + where(null, owners),
                    Object[].class),
                null,
                owners)
            .setParameter("statuses", statuses)
            .getSingleResult();
    long cohorts = ((Number) sums[0]).longValue();
    long people = ((Number) sums[1]).longValue();
    return new Waitlists(cohorts, people, cohorts == 1 ? ((Number) sums[2]).longValue() : null);
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
