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
import org.institute.core.Scope;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;

@ApplicationScoped
class JpaProgrammeRepository implements ProgrammeRepository {

  private static final Map<String, String> ORDER =
      Map.of("code", "p.code", "title", "p.titleEn", "kind", "p.kind");

  /** A programme owned by a partner of a limited scope (decision 0072: exists, not member of). */
  static final String OWNED = "exists (select 1 from p.owners o where o in :partners)";

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

  private static String where(ProgrammeKind kind, Scope owners) {
    String where = " where 1 = 1";
    if (kind != null) {
      where += " and p.kind = :kind";
    }
    return where + ScopeFilter.and(owners, OWNED);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, ProgrammeKind kind, Scope owners) {
    if (kind != null) {
      q.setParameter("kind", kind);
    }
    return ScopeFilter.bind(q, owners);
  }

  @Override
  public List<Programme> list(
      ProgrammeKind kind, Scope owners, String sort, int offset, int limit) {
    String order = ORDER.getOrDefault(sort, "p.code");
    return bind(
            em.createQuery(
                "select p from Programme p" + where(kind, owners) + " order by " + order + ", p.id",
                Programme.class),
            kind,
            owners)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count(ProgrammeKind kind, Scope owners) {
    return bind(
            em.createQuery("select count(p) from Programme p" + where(kind, owners), Long.class),
            kind,
            owners)
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
