package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;

@ApplicationScoped
class JpaProgrammeRepository implements ProgrammeRepository {

  private static final Map<String, String> ORDER =
      Map.of("code", "p.code", "title", "p.titleEn", "kind", "p.kind");

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Programme> find(long id) {
    return Optional.ofNullable(em.find(Programme.class, id));
  }

  @Override
  public Optional<Programme> findByCode(String code) {
    return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Programme programme) {
    em.persist(programme);
  }

  private static String where(ProgrammeKind kind, Long owner) {
    String where = " where 1 = 1";
    if (kind != null) {
      where += " and p.kind = :kind";
    }
    if (owner != null) {
      where += " and :owner member of p.owners";
    }
    return where;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, ProgrammeKind kind, Long owner) {
    if (kind != null) {
      q.setParameter("kind", kind);
    }
    if (owner != null) {
      q.setParameter("owner", owner);
    }
    return q;
  }

  @Override
  public List<Programme> list(ProgrammeKind kind, Long owner, String sort, int offset, int limit) {
    String order = ORDER.getOrDefault(sort, "p.code");
    return bind(
            em.createQuery(
                "select p from Programme p" + where(kind, owner) + " order by " + order + ", p.id",
                Programme.class),
            kind,
            owner)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(ProgrammeKind kind, Long owner) {
    return bind(
            em.createQuery("select count(p) from Programme p" + where(kind, owner), Long.class),
            kind,
            owner)
        .getSingleResult();
  }

  @Override
  public Map<Long, Set<Long>> owners(Collection<Long> programmeIds) {
    Map<Long, Set<Long>> owners = new HashMap<>();
    if (programmeIds.isEmpty()) {
      return owners;
    }
    em.createQuery(
            "select p.id, o from Programme p join p.owners o where p.id in :ids", Object[].class)
        .setParameter("ids", programmeIds)
        .getResultList()
        .forEach(r -> owners.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
    return owners;
  }
}
