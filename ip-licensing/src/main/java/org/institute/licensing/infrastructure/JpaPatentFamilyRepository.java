package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Keyset;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Scope;
import org.institute.core.SearchText;
import org.institute.core.Slice;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.PatentImportPlan;
import org.institute.licensing.domain.PatentOffices;

@ApplicationScoped
class JpaPatentFamilyRepository implements PatentFamilyRepository {

  private static final Map<String, String> SORTS =
      Map.of("reference", "f.reference", "title", "f.title", "priorityDate", "f.priorityDate");

  @PersistenceContext private EntityManager em;

  @Override
  public PatentFamily add(PatentFamily family) {
    em.persist(family);
    em.flush();
    return family;
  }

  @Override
  public void addAll(List<PatentFamily> families) {
    families.forEach(em::persist);
    em.flush();
  }

  @Override
  public Optional<PatentFamily> find(long id) {
    return Optional.ofNullable(em.find(PatentFamily.class, id));
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<PatentFamily> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct f from PatentFamily f left join fetch f.ownership where f.id in :ids",
            PatentFamily.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<PatentFamily> lockAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    em.createQuery(
            "select f from PatentFamily f where f.id in :ids order by f.id", PatentFamily.class)
        .setParameter("ids", ids)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
    return findAll(ids);
  }

  @Override
  public List<PatentImportPlan.KnownFamily> known(Long filer, LocalDate today) {
    List<Object[]> families =
        em.createQuery(
                "select f.id, f.reference, f.priorityOffice, f.priorityNumber, f.priorityDate"
                    + " from PatentFamily f",
                Object[].class)
            .getResultList();
    Map<Long, Set<String>> applications = new HashMap<>();
    for (Object[] a :
        em.createQuery(
                "select a.family.id, a.jurisdiction, a.applicationNumber from PatentApplication a"
                    + " where a.applicationNumber is not null",
                Object[].class)
            .getResultList()) {
      Jurisdiction j = (Jurisdiction) a[1];
      String office = j == Jurisdiction.PCT ? "WO" : j.name();
      applications
          .computeIfAbsent((Long) a[0], k -> new HashSet<>())
          .add(PatentOffices.key(office, (String) a[2]));
    }
    Set<Long> filable =
        filer == null
            ? Set.of()
            : new HashSet<>(
                em.createQuery(
                        "select o.family.id from Ownership o where o.partnerId = :p and"
                            + " o.effectiveFrom = (select max(o2.effectiveFrom) from Ownership o2"
                            + " where o2.family = o.family and o2.effectiveFrom <= :today)",
                        Long.class)
                    .setParameter("p", filer)
                    .setParameter("today", today)
                    .getResultList());
    List<PatentImportPlan.KnownFamily> known = new ArrayList<>();
    for (Object[] f : families) {
      Long id = (Long) f[0];
      known.add(
          new PatentImportPlan.KnownFamily(
              (String) f[1],
              (String) f[2],
              (String) f[3],
              (LocalDate) f[4],
              applications.getOrDefault(id, Set.of()),
              filer == null || filable.contains(id)));
    }
    return known;
  }

  @Override
  public List<PatentFamily> byReferences(Collection<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct f from PatentFamily f left join fetch f.applications"
                + " where f.reference in :r",
            PatentFamily.class)
        .setParameter("r", references)
        .getResultList();
  }

  @Override
  public boolean referenceTaken(String reference) {
    return !em.createQuery("select f.id from PatentFamily f where f.reference = :r", Long.class)
        .setParameter("r", reference)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Page page(
      Scope scope, Long ownerFilter, SearchText search, ListSort sort, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String order = orderBy(sort);
    String where = where(scope, ownerFilter, params) + search(search, params);
    // the total rides along with the page of ids as an uncorrelated subquery: one statement, not
    // two
    String total =
        "(select count(f2.id) from PatentFamily f2" + where.replace("f.id", "f2.id") + ")";
    TypedQuery<Object[]> ids =
        em.createQuery(
                "select f.id, " + total + " from PatentFamily f" + where + " order by " + order,
                Object[].class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    params.forEach(ids::setParameter);
    List<Object[]> rows = ids.getResultList();
    if (rows.isEmpty()) {
      return new Page(List.of(), offset == 0 ? 0 : countWhere(where, params));
    }
    List<Long> page = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    return new Page(loaded(page), ((Number) rows.get(0)[1]).longValue());
  }

  @Override
  public Slice<PatentFamily> slice(
      Scope scope, Long ownerFilter, SearchText search, ListSort sort, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(scope, ownerFilter, params) + search(search, params);
    String column = SORTS.get(sort.field());
    StringBuilder after = new StringBuilder();
    if (page.after() != null) {
      PageCursor cursor = page.after().requireOrder(sort);
      after.append(
          Keyset.after(column, "f.id", sort, cursor, keyValue(sort.field(), cursor.key()), params));
    }
    TypedQuery<Object[]> ids =
        em.createQuery(
                "select f.id, "
                    + column
                    + " from PatentFamily f"
                    + where
                    + after
                    + " order by "
                    + orderBy(sort),
                Object[].class)
            .setMaxResults(page.limit() + 1);
    params.forEach(ids::setParameter);
    List<Object[]> rows = ids.getResultList();
    PageCursor next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      Object[] last = rows.get(rows.size() - 1);
      next = PageCursor.after(sort, last[1].toString(), ((Number) last[0]).longValue());
    }
    Long total = null;
    if (page.countExact()) {
      Map<String, Object> countParams = new HashMap<>();
      total =
          countWhere(
              where(scope, ownerFilter, countParams) + search(search, countParams), countParams);
    }
    List<Long> found = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
    return new Slice<>(loaded(found), next, total);
  }

  /** A cursor's key as the sort column's type; a key that does not read is a refused cursor. */
  static Object keyValue(String field, String key) {
    try {
      return switch (field) {
        case "reference", "title" -> key;
        case "priorityDate" -> LocalDate.parse(key);
        default -> throw PageCursor.invalid();
      };
    } catch (java.time.format.DateTimeParseException e) {
      throw PageCursor.invalid();
    }
  }

  /** The families with ownership and applications: two statements for any number of families. */
  private List<PatentFamily> loaded(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<PatentFamily> families =
        em.createQuery(
                "select distinct f from PatentFamily f left join fetch f.ownership where f.id in :ids",
                PatentFamily.class)
            .setParameter("ids", ids)
            .getResultList();
    em.createQuery(
            "select distinct f from PatentFamily f left join fetch f.applications where f.id in :ids",
            PatentFamily.class)
        .setParameter("ids", ids)
        .getResultList();
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    return families.stream().sorted(Comparator.comparing(f -> position.get(f.id()))).toList();
  }

  @Override
  public long count(Scope scope, Long ownerFilter) {
    Map<String, Object> params = new HashMap<>();
    return countWhere(where(scope, ownerFilter, params), params);
  }

  private long countWhere(String where, Map<String, Object> params) {
    TypedQuery<Long> q = em.createQuery("select count(f) from PatentFamily f" + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public List<PatentFamily> withPriorityBetween(LocalDate from, LocalDate to, Scope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(scope, null, params) + " and f.priorityDate between :a and :b";
    params.put("a", from.minusMonths(PatentFamily.NATIONAL_PHASE_MONTHS));
    params.put("b", to.minusMonths(PatentFamily.PCT_MONTHS));
    TypedQuery<Long> ids =
        em.createQuery(
                "select f.id from PatentFamily f" + where + " order by f.priorityDate, f.id",
                Long.class)
            .setMaxResults(5000);
    params.forEach(ids::setParameter);
    return loaded(ids.getResultList());
  }

  @Override
  public List<org.institute.licensing.Deadline> openDeadlines(
      LocalDate from, LocalDate to, Scope scope) {
    Map<String, Object> params = new HashMap<>();
    String where = where(scope, null, params) + " and f.priorityDate between :a and :b";
    params.put("a", from.minusMonths(PatentFamily.NATIONAL_PHASE_MONTHS));
    params.put("b", to.minusMonths(PatentFamily.PCT_MONTHS));
    params.put("pct", Jurisdiction.PCT);
    TypedQuery<Object[]> q =
        em.createQuery(
                "select f.id, f.reference, f.priorityDate,"
                    + " (select count(a.id) from PatentApplication a where a.family = f"
                    + " and a.jurisdiction = :pct),"
                    + " (select count(distinct a2.jurisdiction) from PatentApplication a2"
                    + " where a2.family = f and a2.jurisdiction <> :pct)"
                    + " from PatentFamily f"
                    + where
                    + " order by f.priorityDate, f.id",
                Object[].class)
            .setMaxResults(5000);
    params.forEach(q::setParameter);
    List<org.institute.licensing.Deadline> due = new ArrayList<>();
    for (Object[] r : q.getResultList()) {
      due.addAll(
          PatentFamily.deadlines(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (LocalDate) r[2],
              ((Number) r[3]).longValue() > 0,
              ((Number) r[4]).longValue() > 1));
    }
    return due;
  }

  @Override
  public long applicationCount(Scope scope) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "select count(a) from PatentApplication a join a.family f" + where(scope, null, params),
            Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public boolean inScope(long familyId, Scope scope) {
    if (scope.isAll()) {
      return true;
    }
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "select count(f) from PatentFamily f" + where(scope, null, params) + " and f.id = :id",
            Long.class);
    params.forEach(q::setParameter);
    q.setParameter("id", familyId);
    return q.getSingleResult() > 0;
  }

  private static String where(Scope scope, Long ownerFilter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    where.append(
        ScopeClause.of(
            scope,
            "(f.id in (select o.family.id from Ownership o where o.partnerId in :scope)"
                + " or f.id in (select fid from LicenceDeal d join d.familyIds fid"
                + " where d.licenseeId in :scope))",
            params));
    if (ownerFilter != null) {
      where.append(
          " and f.id in (select o2.family.id from Ownership o2 where o2.partnerId = :owner)");
      params.put("owner", ownerFilter);
    }
    return where.toString();
  }

  /** The search in the reference, the title, or an application's or grant's number. */
  private static String search(SearchText search, Map<String, Object> params) {
    if (search == null) {
      return "";
    }
    params.put("text", search.containsPattern());
    return " and (lower(f.reference) like :text escape '\\' or lower(f.title) like :text escape"
        + " '\\' or exists (select 1 from PatentApplication a where a.family = f and"
        + " (lower(a.applicationNumber) like :text escape '\\' or lower(a.grantNumber) like :text"
        + " escape '\\')))";
  }

  private static String orderBy(ListSort sort) {
    String column = SORTS.get(sort.field());
    if (column == null) {
      throw new IllegalArgumentException("not a sort field: " + sort.field());
    }
    String direction = " " + sort.direction();
    if (sort.field().equals("reference")) {
      // references are unique: the id adds nothing to the order, and without it MariaDB reads the
      // first rows from the reference's index instead of sorting every family (25 ms at 50,000)
      return column + direction;
    }
    return column + direction + ", f.id" + direction;
  }
}
