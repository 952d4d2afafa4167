package org.institute.records.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface SpaceRepository {

  /** The headquarters building, locked for writing until the transaction ends. */
  Optional<SpaceBuilding> lockBuilding();

  Optional<SpaceBuilding> building();

  List<SpaceUnit> units();

  Optional<SpaceUnit> unit(long id);

  /** The unit, locked for writing until the transaction ends. */
  Optional<SpaceUnit> lockUnit(long id);

  boolean unitCodeTaken(String code);

  void add(SpaceUnit unit);

  void add(SpaceAllocation allocation);

  /**
   * The unit's allocations as last committed (a locking read: a plain read could see a snapshot
   * older than the lock on the unit).
   */
  List<SpaceAllocation> allocationsForUpdate(long unitId);

  /** Allocations of one unit, or of all when null, latest start first. */
  List<SpaceAllocation> allocations(Long unitId);

  Optional<SpaceAllocation> allocation(long id);

  List<SpaceUnit> units(Collection<Long> ids);

  void flush();
}
