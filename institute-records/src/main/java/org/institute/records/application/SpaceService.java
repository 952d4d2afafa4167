package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.records.AllocationView;
import org.institute.records.HeadquartersSpace;
import org.institute.records.NewAllocation;
import org.institute.records.NewSpaceUnit;
import org.institute.records.OccupantKind;
import org.institute.records.SpaceSummary;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpaceUse;
import org.institute.records.UnitOccupancy;
import org.institute.records.domain.Allocatee;
import org.institute.records.domain.Period;
import org.institute.records.domain.ResearchCentre;
import org.institute.records.domain.ResearchRepository;
import org.institute.records.domain.SpaceAllocation;
import org.institute.records.domain.SpaceBuilding;
import org.institute.records.domain.SpaceRepository;
import org.institute.records.domain.SpaceUnit;
import org.institute.records.domain.SpinOffRepository;

@ApplicationScoped
@Transactional
class SpaceService implements HeadquartersSpace {

  @Inject private SpaceRepository space;
  @Inject private ResearchRepository research;
  @Inject private SpinOffRepository spinOffs;
  @Inject private KnownPartners knownPartners;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private RecordsPolicy policy;
  @Inject private Clock clock;

  @Override
  public SpaceSummary summary(LocalDate date) {
    requireReader();
    SpaceBuilding building =
        space.building().orElseThrow(() -> new RecordNotFoundException("building"));
    Map<SpaceUse, int[]> byUse = new EnumMap<>(SpaceUse.class);
    for (SpaceUse use : SpaceUse.values()) {
      byUse.put(use, new int[2]);
    }
    for (UnitOccupancy unit : occupancyOn(date)) {
      int[] figures = byUse.get(unit.unit().use());
      figures[0] += unit.unit().areaSqm();
      figures[1] += unit.allocatedSqm();
    }
    List<SpaceSummary.UseArea> uses = new ArrayList<>();
    int unitsSqm = 0;
    int allocatedSqm = 0;
    for (var e : byUse.entrySet()) {
      int[] f = e.getValue();
      uses.add(new SpaceSummary.UseArea(e.getKey(), f[0], f[1], f[0] - f[1]));
      unitsSqm += f[0];
      allocatedSqm += f[1];
    }
    return new SpaceSummary(
        date,
        building.name(),
        building.areaSqm(),
        unitsSqm,
        allocatedSqm,
        building.areaSqm() - allocatedSqm,
        uses);
  }

  @Override
  public List<UnitOccupancy> occupancy(LocalDate date) {
    requireReader();
    return occupancyOn(date);
  }

  /** A unit is allocated whole on a date when an allocation of it covers the date. */
  private List<UnitOccupancy> occupancyOn(LocalDate date) {
    Set<Long> allocatedOnDate =
        space.allocations(null).stream()
            .filter(a -> a.period().covers(date))
            .map(SpaceAllocation::unitId)
            .collect(Collectors.toSet());
    return space.units().stream()
        .map(
            u ->
                new UnitOccupancy(
                    date, u.view(), allocatedOnDate.contains(u.id()) ? u.areaSqm() : 0))
        .toList();
  }

  @Override
  public List<SpaceUnitView> units() {
    requireReader();
    return space.units().stream().map(SpaceUnit::view).toList();
  }

  @Override
  public SpaceUnitView addUnit(NewSpaceUnit c) {
    policy.requireManager("adding a unit of the headquarters");
    List<Violation> problems = new ArrayList<>();
    if (c.code() == null || !c.code().matches("[A-Z0-9-]{2,16}")) {
      problems.add(new Violation("code", "space.unit.code.invalid"));
    } else if (space.unitCodeTaken(c.code())) {
      problems.add(new Violation("code", "space.unit.code.taken"));
    }
    if (c.name() == null || c.name().isBlank()) {
      problems.add(new Violation("name", "field.required"));
    } else if (c.name().length() > 200) {
      problems.add(new Violation("name", "field.tooLong"));
    }
    if (c.areaSqm() == null) {
      problems.add(new Violation("areaSqm", "field.required"));
    } else if (c.areaSqm() <= 0) {
      problems.add(new Violation("areaSqm", "field.outOfRange"));
    }
    if (c.use() == null) {
      problems.add(new Violation("use", "field.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    SpaceBuilding building =
        space.lockBuilding().orElseThrow(() -> new RecordNotFoundException("building"));
    building.reserve(c.areaSqm());
    SpaceUnit unit =
        new SpaceUnit(1L, c.code(), c.name().trim(), c.areaSqm(), c.use(), clock.instant());
    space.add(unit);
    space.flush();
    audit.record(
        "SPACE_UNIT_ADDED",
        "SpaceUnit",
        unit.id().toString(),
        c.code()
            + " "
            + c.areaSqm()
            + " sqm "
            + c.use()
            + "; units now "
            + building.unitsSqm()
            + " of "
            + building.areaSqm()
            + " sqm");
    return unit.view();
  }

  @Override
  public List<AllocationView> allocations(Long unitId) {
    requireReader();
    return views(space.allocations(unitId));
  }

  @Override
  public AllocationView allocate(NewAllocation c) {
    policy.requireManager("allocating space");
    List<Violation> problems = new ArrayList<>();
    if (c.unitId() == null) {
      problems.add(new Violation("unit", "field.required"));
    }
    if (c.occupantKind() == null) {
      problems.add(new Violation("occupantKind", "field.required"));
    }
    if (c.occupantId() == null) {
      problems.add(new Violation("occupant", "field.required"));
    } else if (c.occupantKind() != null && !occupantExists(c.occupantKind(), c.occupantId())) {
      problems.add(new Violation("occupant", "space.occupant.unknown"));
    }
    if (c.from() == null) {
      problems.add(new Violation("from", "field.required"));
    } else if (c.from().getYear() < 2000 || c.from().getYear() > 2200) {
      problems.add(new Violation("from", "date.outOfRange"));
    }
    if (c.to() != null && c.from() != null && c.to().isBefore(c.from())) {
      problems.add(new Violation("to", "space.allocation.endBeforeStart"));
    } else if (c.to() != null && c.to().getYear() > 2200) {
      problems.add(new Violation("to", "date.outOfRange"));
    }
    if (c.note() != null && c.note().length() > 500) {
      problems.add(new Violation("note", "field.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    // the lock on the unit row serialises allocations of one unit across transactions and nodes
    SpaceUnit unit =
        space
            .lockUnit(c.unitId())
            .orElseThrow(() -> InvalidCommandException.of("unit", "space.unit.unknown"));
    SpaceAllocation allocation =
        unit.allocate(
            space.allocationsForUpdate(unit.id()),
            new Allocatee(c.occupantKind(), c.occupantId()),
            new Period(c.from(), c.to()),
            c.note() == null || c.note().isBlank() ? null : c.note().trim(),
            clock.instant());
    space.add(allocation);
    space.flush();
    audit.record(
        "SPACE_ALLOCATED",
        "SpaceAllocation",
        allocation.id().toString(),
        unit.code()
            + " ("
            + unit.areaSqm()
            + " sqm) to "
            + c.occupantKind()
            + " "
            + c.occupantId()
            + " for "
            + allocation.period());
    return views(List.of(allocation)).get(0);
  }

  @Override
  public AllocationView endAllocation(long allocationId, LocalDate lastDay, Long version) {
    policy.requireManager("ending a space allocation");
    SpaceAllocation allocation =
        space.allocation(allocationId).orElseThrow(() -> new RecordNotFoundException("allocation"));
    ConflictException.requireVersion(version, allocation.version());
    allocation.endOn(lastDay);
    space.flush();
    audit.record(
        "SPACE_ALLOCATION_ENDED",
        "SpaceAllocation",
        Long.toString(allocationId),
        "unit " + allocation.unitId() + " now " + allocation.period());
    return views(List.of(allocation)).get(0);
  }

  private boolean occupantExists(OccupantKind kind, long id) {
    return switch (kind) {
      case CENTRE -> research.centre(id).isPresent();
      case SPIN_OFF -> spinOffs.find(id).isPresent();
      case PARTNER -> knownPartners.exists(new PartnerId(id));
    };
  }

  /**
   * Views with unit codes and the names of centres and spin-offs, in a constant number of reads.
   */
  private List<AllocationView> views(List<SpaceAllocation> allocations) {
    Set<Long> unitIds = new HashSet<>();
    Set<Long> spinOffIds = new HashSet<>();
    boolean anyCentre = false;
    for (SpaceAllocation a : allocations) {
      unitIds.add(a.unitId());
      if (a.occupant().kind() == OccupantKind.SPIN_OFF) {
        spinOffIds.add(a.occupant().id());
      }
      anyCentre |= a.occupant().kind() == OccupantKind.CENTRE;
    }
    Map<Long, SpaceUnit> units =
        space.units(unitIds).stream().collect(Collectors.toMap(SpaceUnit::id, u -> u));
    Map<Long, String> centres = new HashMap<>();
    if (anyCentre) {
      for (ResearchCentre centre : research.centres()) {
        centres.put(centre.id(), centre.nameEn());
      }
    }
    Map<Long, String> spinOffNames = spinOffIds.isEmpty() ? Map.of() : spinOffs.names(spinOffIds);
    return allocations.stream()
        .map(
            a ->
                a.view(
                    units.get(a.unitId()),
                    switch (a.occupant().kind()) {
                      case CENTRE -> centres.get(a.occupant().id());
                      case SPIN_OFF -> spinOffNames.get(a.occupant().id());
                      case PARTNER -> null;
                    }))
        .toList();
  }

  private void requireReader() {
    policy.requireReaderOfAll("reading the headquarters space");
  }
}
