package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Keyset;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.SearchText;
import org.institute.core.Slice;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;

@ApplicationScoped
class JpaCertificateRepository implements CertificateRepository {

  private static final String SELECT =
      "select c, e.cohortId from Certificate c, Enrolment e where e.id = c.enrolmentId";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Certificate> findByCode(String code) {
    return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean codeTaken(String code) {
    return findByCode(code).isPresent();
  }

  @Override
  public void add(Certificate certificate) {
    em.persist(certificate);
  }

  /**
   * The columns the certificate lists sort by, by position and by keyset alike: as stored, so that
   * the index on the time of issue (and the one on the holder's name, talent V9) reads a page from
   * where it starts (the database's collation decides case, as in every other list).
   */
  private static final Map<String, String> ORDER =
      Map.of("issuedOn", "c.issuedAt", "holder", "c.holderLatin", "programme", "c.programmeEn");

  /** The search's condition, appended to {@link #SELECT}'s where clause; none without a search. */
  private static String where(SearchText text) {
    if (text == null) {
      return "";
    }
    return " and (lower(c.holderLatin) like :text escape '\\' or lower(c.holderZh) like :text"
        + " escape '\\' or lower(c.programmeEn) like :text escape '\\' or"
        + " lower(c.programmeZh) like :text escape '\\' or lower(c.code) like :text escape"
        + " '\\')";
  }

  @Override
  public Found search(SearchText text, ListSort sort, int offset, int limit) {
    String where = where(text);
    String column = ORDER.get(sort.field());
    if (column == null) {
      throw new IllegalArgumentException("not a sort field: " + sort.field());
    }
    String direction = " " + sort.direction();
    TypedQuery<Object[]> page =
        em.createQuery(
                SELECT + where + " order by " + column + direction + ", c.id" + direction,
                Object[].class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    List<Row> rows = rows(bind(page, text).getResultList());
    long total = rows.isEmpty() && offset == 0 ? 0 : count(text);
    return new Found(rows, total);
  }

  @Override
  public Slice<Row> slice(SearchText text, ListSort sort, PageRequest page) {
    String column = ORDER.get(sort.field());
    if (column == null) {
      throw new IllegalArgumentException("not a sort field: " + sort.field());
    }
    Map<String, Object> params = new HashMap<>();
    String after = "";
    if (page.after() != null) {
      PageCursor cursor = page.after().requireOrder(sort);
      after =
          Keyset.after(column, "c.id", sort, cursor, keyValue(sort.field(), cursor.key()), params);
    }
    String direction = " " + sort.direction();
    TypedQuery<Object[]> query =
        bind(
            em.createQuery(
                SELECT
                    + where(text)
                    + after
                    + " order by "
                    + column
                    + direction
                    + ", c.id"
                    + direction,
                Object[].class),
            text);
    params.forEach(query::setParameter);
    List<Row> rows = rows(query.setMaxResults(page.limit() + 1).getResultList());
    PageCursor next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      Certificate last = rows.get(rows.size() - 1).certificate();
      next = PageCursor.after(sort, keyText(sort.field(), last), last.id());
    }
    return new Slice<>(rows, next, page.countExact() ? count(text) : null);
  }

  private static String keyText(String field, Certificate certificate) {
    return switch (field) {
      case "issuedOn" -> certificate.issuedAt().toString();
      case "holder" -> certificate.holderLatin();
      default -> certificate.programmeEn();
    };
  }

  /** A cursor's key as the sort column's type; a key that does not read is a refused cursor. */
  static Object keyValue(String field, String key) {
    if (!field.equals("issuedOn")) {
      return key;
    }
    try {
      return Instant.parse(key);
    } catch (DateTimeParseException e) {
      throw PageCursor.invalid();
    }
  }

  /** How many certificates match; every certificate has its enrolment, so none is joined. */
  private long count(SearchText text) {
    return bind(
            em.createQuery(
                "select count(c) from Certificate c where 1 = 1" + where(text), Long.class),
            text)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, SearchText text) {
    if (text != null) {
      query.setParameter("text", text.containsPattern());
    }
    return query;
  }

  private static List<Row> rows(List<Object[]> found) {
    return found.stream().map(r -> new Row((Certificate) r[0], (Long) r[1])).toList();
  }

  @Override
  public Optional<Row> row(String code) {
    return em.createQuery(SELECT + " and c.code = :code", Object[].class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(r -> new Row((Certificate) r[0], (Long) r[1]));
  }

  @Override
  public long placedInStatusLists() {
    return em.createQuery(
            "select count(c) from Certificate c where c.statusList is not null", Long.class)
        .getSingleResult();
  }

  @Override
  public boolean statusSlotTaken(int list, int index) {
    return em.createQuery(
                "select count(c) from Certificate c where c.statusList = :list and c.statusIndex = :index",
                Long.class)
            .setParameter("list", list)
            .setParameter("index", index)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<Integer> revokedIndexes(int list) {
    return em.createQuery(
            "select c.statusIndex from Certificate c"
                + " where c.statusList = :list and c.revokedAt is not null",
            Integer.class)
        .setParameter("list", list)
        .getResultList();
  }

  @Override
  public int lastStatusList() {
    Integer last =
        em.createQuery("select max(c.statusList) from Certificate c", Integer.class)
            .getSingleResult();
    return last == null ? 0 : last;
  }
}
