package org.institute.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.institute.records.domain.SpaceAllocation;
import org.institute.records.domain.SpaceBuilding;
import org.institute.records.domain.SpaceRepository;
import org.institute.records.domain.SpaceUnit;

/** The headquarters has one building row (id 1, from the migration) and a few dozen units. */
@ApplicationScoped
class JpaSpaceRepository implements SpaceRepository {

  private static final long HEADQUARTERS = 1L;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<SpaceBuilding> lockBuilding() {
    return Optional.ofNullable(
        em.find(SpaceBuilding.class, HEADQUARTERS, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<SpaceBuilding> building() {
    return Optional.ofNullable(em.find(SpaceBuilding.class, HEADQUARTERS));
  }

  @Override
  public List<SpaceUnit> units() {
    return em.createQuery("select u from SpaceUnit u order by u.code", SpaceUnit.class)
        .getResultList();
  }

  @Override
  public Optional<SpaceUnit> unit(long id) {
    return Optional.ofNullable(em.find(SpaceUnit.class, id));
  }

  @Override
  public Optional<SpaceUnit> lockUnit(long id) {
    return Optional.ofNullable(em.find(SpaceUnit.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public boolean unitCodeTaken(String code) {
    return !em.createQuery("select u.id from SpaceUnit u where u.code = :code", Long.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(SpaceUnit unit) {
    em.persist(unit);
  }

  @Override
  public void add(SpaceAllocation allocation) {
    em.persist(allocation);
  }

  @Override
  public List<SpaceAllocation> allocationsForUpdate(long unitId) {
    return em.createQuery(
            "select a from SpaceAllocation a where a.unitId = :unit", SpaceAllocation.class)
        .setParameter("unit", unitId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<SpaceAllocation> allocations(Long unitId) {
    var query =
        em.createQuery(
            "select a from SpaceAllocation a"
                + (unitId == null ? "" : " where a.unitId = :unit")
                + " order by a.from desc, a.id desc",
            SpaceAllocation.class);
    if (unitId != null) {
      query.setParameter("unit", unitId);
    }
    return query.getResultList();
  }

  @Override
  public Optional<SpaceAllocation> allocation(long id) {
    return Optional.ofNullable(em.find(SpaceAllocation.class, id));
  }

  @Override
  public List<SpaceUnit> units(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select u from SpaceUnit u where u.id in :ids", SpaceUnit.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }
}
