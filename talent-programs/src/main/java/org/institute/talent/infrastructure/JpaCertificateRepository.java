package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.SearchText;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;

@ApplicationScoped
class JpaCertificateRepository implements CertificateRepository {

  private static final Map<String, String> ORDER =
      Map.of("issuedOn", "c.issuedAt desc", "holder", "c.holderLatin");
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

  @Override
  public List<Row> list(String sort, int offset, int limit) {
    return em
        .createQuery(
            SELECT + " order by " + ORDER.getOrDefault(sort, "c.issuedAt desc") + ", c.id",
            Object[].class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new Row((Certificate) r[0], (Long) r[1]))
        .toList();
  }

  private static final Map<String, String> SEARCH_ORDER =
      Map.of(
          "issuedOn", "c.issuedAt",
          "holder", "lower(c.holderLatin)",
          "programme", "lower(c.programmeEn)");

  @Override
  public Found search(SearchText text, ListSort sort, int offset, int limit) {
    String where = "";
    if (text != null) {
      where =
          " and (lower(c.holderLatin) like :text escape '\\' or lower(c.holderZh) like :text"
              + " escape '\\' or lower(c.programmeEn) like :text escape '\\' or"
              + " lower(c.programmeZh) like :text escape '\\' or lower(c.code) like :text escape"
              + " '\\')";
    }
    String column = SEARCH_ORDER.get(sort.field());
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
    TypedQuery<Long> count =
        em.createQuery(
            "select count(c) from Certificate c, Enrolment e where e.id = c.enrolmentId" + where,
            Long.class);
    if (text != null) {
      page.setParameter("text", text.containsPattern());
      count.setParameter("text", text.containsPattern());
    }
    List<Row> rows =
        page.getResultList().stream().map(r -> new Row((Certificate) r[0], (Long) r[1])).toList();
    long total = rows.isEmpty() && offset == 0 ? 0 : count.getSingleResult();
    return new Found(rows, total);
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Certificate c", Long.class).getSingleResult();
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
