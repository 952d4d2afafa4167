package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
