package org.institute.records;

import java.time.LocalDate;
import java.util.List;

/**
 * The headquarters at the China-Singapore Smart Park: its units and their allocations over time.
 * Admins add units and allocate them; the council and auditors read. The units' areas never exceed
 * the building's, and allocations of one unit never overlap in time, also when two admins allocate
 * at once. Every change is audited.
 */
public interface HeadquartersSpace {

  SpaceSummary summary(LocalDate date);

  List<SpaceUnitView> units();

  /** Every unit on the date, allocated or free, by the rule the summary counts with. */
  List<UnitOccupancy> occupancy(LocalDate date);

  SpaceUnitView addUnit(NewSpaceUnit unit);

  /** Allocations of one unit (or of all when null), of every period, latest first. */
  List<AllocationView> allocations(Long unitId);

  AllocationView allocate(NewAllocation allocation);

  /** Ends an allocation on {@code lastDay} (inclusive), never later than it was to end. */
  AllocationView endAllocation(long allocationId, LocalDate lastDay, Long version);
}
