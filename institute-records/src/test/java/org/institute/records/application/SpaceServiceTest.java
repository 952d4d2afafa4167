package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.records.AllocationView;
import org.institute.records.CentreKind;
import org.institute.records.NewAllocation;
import org.institute.records.NewCentre;
import org.institute.records.NewSpaceUnit;
import org.institute.records.OccupantKind;
import org.institute.records.SpaceSummary;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpaceUse;
import org.institute.records.UnitOccupancy;
import org.institute.records.domain.ResearchCentre;
import org.institute.records.domain.ResearchRepository;
import org.institute.records.domain.SpaceAllocation;
import org.institute.records.domain.SpaceBuilding;
import org.institute.records.domain.SpaceRepository;
import org.institute.records.domain.SpinOffRepository;
import org.junit.jupiter.api.Test;

/**
 * The headquarters in memory: a building of 1,000 sqm, centre 1 (Grid lab), spin-off 7 (EVolt) and
 * partner 3 as possible occupants.
 */
class SpaceServiceTest {

  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private final Store store = new Store();
  private final RecordingAudit audit = new RecordingAudit();

  private static final class Store implements SpaceRepository {
    SpaceBuilding building = new SpaceBuilding(1, "HQ", 1_000, 0);
    final List<org.institute.records.domain.SpaceUnit> units = new ArrayList<>();
    final List<SpaceAllocation> allocations = new ArrayList<>();
    int buildingLocks;
    int unitLocks;

    private static void stored(Object entity, long id) {
      try {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Optional<SpaceBuilding> lockBuilding() {
      buildingLocks++;
      return Optional.ofNullable(building);
    }

    @Override
    public Optional<SpaceBuilding> building() {
      return Optional.ofNullable(building);
    }

    @Override
    public List<org.institute.records.domain.SpaceUnit> units() {
      return List.copyOf(units);
    }

    @Override
    public Optional<org.institute.records.domain.SpaceUnit> unit(long id) {
      return units.stream().filter(u -> u.id() == id).findFirst();
    }

    @Override
    public Optional<org.institute.records.domain.SpaceUnit> lockUnit(long id) {
      unitLocks++;
      return unit(id);
    }

    @Override
    public boolean unitCodeTaken(String code) {
      return units.stream().anyMatch(u -> u.code().equals(code));
    }

    @Override
    public void add(org.institute.records.domain.SpaceUnit unit) {
      stored(unit, units.size() + 1);
      units.add(unit);
    }

    @Override
    public void add(SpaceAllocation allocation) {
      stored(allocation, allocations.size() + 1);
      allocations.add(allocation);
    }

    @Override
    public List<SpaceAllocation> allocationsForUpdate(long unitId) {
      return allocations(unitId);
    }

    @Override
    public List<SpaceAllocation> allocations(Long unitId) {
      return allocations.stream()
          .filter(a -> unitId == null || a.unitId().equals(unitId))
          .sorted(Comparator.comparing((SpaceAllocation a) -> a.period().from()).reversed())
          .toList();
    }

    @Override
    public Optional<SpaceAllocation> allocation(long id) {
      return allocations.stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public List<org.institute.records.domain.SpaceUnit> units(Collection<Long> ids) {
      return units.stream().filter(u -> ids.contains(u.id())).toList();
    }

    @Override
    public void flush() {}
  }

  private SpaceService service(TestCaller caller) {
    ResearchCentre grid =
        new ResearchCentre(
            new NewCentre(
                "GRID", "Grid lab", null, CentreKind.RD_CENTRE, new PartnerId(1), null, null, null),
            Instant.EPOCH);
    Store.stored(grid, 1L);
    ResearchRepository research =
        (ResearchRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ResearchRepository.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "centre" ->
                          ((Long) args[0]) == 1L ? Optional.of(grid) : Optional.empty();
                      case "centres" -> List.of(grid);
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    SpinOffRepository spinOffs =
        (SpinOffRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {SpinOffRepository.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "find" ->
                          ((Long) args[0]) == 7L ? Optional.of(new Object()) : Optional.empty();
                      case "names" -> Map.of(7L, "EVolt");
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    KnownPartners partners = p -> p.value() == 3;
    SpaceService service = new SpaceService();
    Wiring.inject(service, "space", store);
    Wiring.inject(service, "research", research);
    Wiring.inject(service, "spinOffs", spinOffs);
    Wiring.inject(service, "knownPartners", partners);
    Wiring.inject(service, "audit", audit);
    Wiring.inject(service, "caller", caller);
    Wiring.inject(service, "policy", Wiring.inject(new RecordsPolicy(), "caller", caller));
    Wiring.inject(
        service, "clock", Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    return service;
  }

  private static List<String> violations(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  private static NewAllocation allocation(
      long unit, OccupantKind kind, long occupant, LocalDate from, LocalDate to) {
    return new NewAllocation(unit, kind, occupant, from, to, null);
  }

  /** Units B1 (400 sqm lab) and B2 (100 sqm office); B1 allocated to centre 1 from 2026. */
  private SpaceService twoUnitsOneAllocated() {
    SpaceService admin = service(TestCaller.admin());
    admin.addUnit(new NewSpaceUnit("B1", "Lab", 400, SpaceUse.RD_FACILITY));
    admin.addUnit(new NewSpaceUnit("B2", "Office", 100, SpaceUse.ADMINISTRATION));
    admin.allocate(allocation(1, OccupantKind.CENTRE, 1, LocalDate.of(2026, 1, 1), null));
    return admin;
  }

  @Test
  void aUnitReservesItsAreaInTheBuildingAndIsAudited() {
    SpaceUnitView view =
        service(TestCaller.admin())
            .addUnit(new NewSpaceUnit("B2-301", " Lab ", 400, SpaceUse.RD_FACILITY));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.name()).isEqualTo("Lab");
    assertThat(store.building.unitsSqm()).isEqualTo(400);
    assertThat(store.buildingLocks).isEqualTo(1);
    assertThat(audit.entries)
        .containsExactly(
            "SPACE_UNIT_ADDED SpaceUnit#1: B2-301 400 sqm RD_FACILITY; units now 400 of 1000 sqm");
  }

  @Test
  void unitsNeverExceedTheBuilding() {
    SpaceService admin = service(TestCaller.admin());
    admin.addUnit(new NewSpaceUnit("B1", "Lab", 1_000, SpaceUse.RD_FACILITY));

    assertThat(
            violations(() -> admin.addUnit(new NewSpaceUnit("B2", "Office", 1, SpaceUse.SHARED))))
        .containsExactly("areaSqm:space.unit.exceedsBuilding");
    assertThat(store.units).hasSize(1);
  }

  @Test
  void aUnitHasAFreeWellFormedCodeANameAPositiveAreaAndAUse() {
    SpaceService admin = service(TestCaller.admin());
    admin.addUnit(new NewSpaceUnit("B1", "Lab", 10, SpaceUse.RD_FACILITY));

    assertThat(violations(() -> admin.addUnit(new NewSpaceUnit("B1", "Lab", 10, SpaceUse.SHARED))))
        .containsExactly("code:space.unit.code.taken");
    assertThat(violations(() -> admin.addUnit(new NewSpaceUnit("b1", " ", null, null))))
        .containsExactly(
            "code:space.unit.code.invalid",
            "name:field.required",
            "areaSqm:field.required",
            "use:field.required");
    assertThat(
            violations(
                () -> admin.addUnit(new NewSpaceUnit(null, "n".repeat(201), 0, SpaceUse.SHARED))))
        .containsExactly(
            "code:space.unit.code.invalid", "name:field.tooLong", "areaSqm:field.outOfRange");
    assertThat(
            violations(
                () -> admin.addUnit(new NewSpaceUnit("B2", "n".repeat(200), 1, SpaceUse.SHARED))))
        .isEmpty();
  }

  @Test
  void withoutABuildingNoUnitIsAddedAndNoSummaryMade() {
    store.building = null;
    SpaceService admin = service(TestCaller.admin());

    assertThatThrownBy(() -> admin.addUnit(new NewSpaceUnit("B1", "Lab", 10, SpaceUse.SHARED)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.summary(DAY)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void onlyAdminsChangeTheSpaceAndOnlyReadersOfEverythingReadIt() {
    twoUnitsOneAllocated();
    SpaceService staff = service(TestCaller.staffOf(3));

    assertThatThrownBy(() -> staff.addUnit(new NewSpaceUnit("B3", "Lab", 10, SpaceUse.SHARED)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.allocate(allocation(2, OccupantKind.PARTNER, 3, DAY, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.endAllocation(1, DAY, 0L))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.units()).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.summary(DAY)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.occupancy(DAY)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.allocations(null)).isInstanceOf(AccessRefusedException.class);
    assertThat(service(TestCaller.council()).units())
        .extracting(SpaceUnitView::code)
        .containsExactly("B1", "B2");
  }

  @Test
  void theSummaryCountsAllocatedUnitsWholeByUseOnTheDate() {
    SpaceService admin = twoUnitsOneAllocated();

    SpaceSummary on = service(TestCaller.auditor()).summary(DAY);
    SpaceSummary before = admin.summary(LocalDate.of(2025, 12, 31));

    assertThat(on.building()).isEqualTo("HQ");
    assertThat(on.buildingSqm()).isEqualTo(1_000);
    assertThat(on.unitsSqm()).isEqualTo(500);
    assertThat(on.allocatedSqm()).isEqualTo(400);
    assertThat(on.freeSqm()).isEqualTo(600);
    assertThat(on.uses())
        .filteredOn(u -> u.use() == SpaceUse.RD_FACILITY)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.unitsSqm()).isEqualTo(400);
              assertThat(u.allocatedSqm()).isEqualTo(400);
              assertThat(u.freeSqm()).isZero();
            });
    assertThat(on.uses())
        .filteredOn(u -> u.use() == SpaceUse.ADMINISTRATION)
        .singleElement()
        .satisfies(u -> assertThat(u.freeSqm()).isEqualTo(100));
    assertThat(before.allocatedSqm()).isZero();
    assertThat(before.freeSqm()).isEqualTo(1_000);
    assertThat(admin.occupancy(DAY))
        .extracting(UnitOccupancy::allocatedSqm)
        .containsExactly(400, 0);
  }

  @Test
  void anAllocationIsShownWithItsUnitAndOccupantAndAudited() {
    SpaceService admin = twoUnitsOneAllocated();

    AllocationView spinOff =
        admin.allocate(
            new NewAllocation(
                2L, OccupantKind.SPIN_OFF, 7L, DAY, DAY.plusYears(1), " incubation "));
    AllocationView partner =
        admin.allocate(allocation(2, OccupantKind.PARTNER, 3, DAY.plusYears(2), null));

    assertThat(spinOff.unitCode()).isEqualTo("B2");
    assertThat(spinOff.occupantName()).isEqualTo("EVolt");
    assertThat(spinOff.note()).isEqualTo("incubation");
    assertThat(partner.occupantName()).isNull();
    assertThat(admin.allocations(1L))
        .singleElement()
        .satisfies(a -> assertThat(a.occupantName()).isEqualTo("Grid lab"));
    assertThat(admin.allocations(null)).hasSize(3);
    assertThat(store.unitLocks).isEqualTo(3);
    assertThat(audit.entries.get(3))
        .isEqualTo(
            "SPACE_ALLOCATED SpaceAllocation#2: B2 (100 sqm) to SPIN_OFF 7 for 2026-07-01..2027-07-01");
  }

  @Test
  void aUnitIsNotAllocatedTwiceOnOneDay() {
    SpaceService admin = twoUnitsOneAllocated();

    assertThatThrownBy(() -> admin.allocate(allocation(1, OccupantKind.PARTNER, 3, DAY, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("space.allocation.overlaps");
    assertThat(store.allocations).hasSize(1);
  }

  @Test
  void anAllocationNamesAKnownUnitAndOccupantAndSensibleDates() {
    SpaceService admin = twoUnitsOneAllocated();

    assertThat(
            violations(() -> admin.allocate(new NewAllocation(null, null, null, null, null, null))))
        .containsExactly(
            "unit:field.required",
            "occupantKind:field.required",
            "occupant:field.required",
            "from:field.required");
    assertThat(
            violations(
                () ->
                    admin.allocate(
                        allocation(
                            2,
                            OccupantKind.CENTRE,
                            2,
                            LocalDate.of(1999, 12, 31),
                            LocalDate.of(1999, 1, 1)))))
        .containsExactly(
            "occupant:space.occupant.unknown",
            "from:date.outOfRange",
            "to:space.allocation.endBeforeStart");
    assertThat(
            violations(
                () ->
                    admin.allocate(
                        allocation(2, OccupantKind.SPIN_OFF, 8, LocalDate.of(2201, 1, 1), null))))
        .containsExactly("occupant:space.occupant.unknown", "from:date.outOfRange");
    assertThat(
            violations(
                () ->
                    admin.allocate(
                        allocation(2, OccupantKind.PARTNER, 4, DAY, LocalDate.of(2201, 1, 1)))))
        .containsExactly("occupant:space.occupant.unknown", "to:date.outOfRange");
    assertThat(
            violations(
                () ->
                    admin.allocate(
                        new NewAllocation(
                            2L, OccupantKind.PARTNER, 3L, DAY, null, "n".repeat(501)))))
        .containsExactly("note:field.tooLong");
    assertThat(violations(() -> admin.allocate(allocation(9, OccupantKind.PARTNER, 3, DAY, null))))
        .containsExactly("unit:space.unit.unknown");
    assertThat(
            violations(
                () ->
                    admin.allocate(
                        new NewAllocation(
                            2L,
                            OccupantKind.PARTNER,
                            3L,
                            LocalDate.of(2000, 1, 1),
                            LocalDate.of(2200, 12, 31),
                            "n".repeat(500)))))
        .isEmpty();
  }

  @Test
  void anAllocationIsEndedWithTheVersionReadAndAudited() {
    SpaceService admin = twoUnitsOneAllocated();

    assertThatThrownBy(() -> admin.endAllocation(1, DAY, 5L)).isInstanceOf(ConflictException.class);
    AllocationView ended = admin.endAllocation(1, DAY, 0L);

    assertThat(ended.to()).isEqualTo(DAY);
    assertThat(audit.entries.get(3))
        .isEqualTo("SPACE_ALLOCATION_ENDED SpaceAllocation#1: unit 1 now 2026-01-01..2026-07-01");
    assertThatThrownBy(() -> admin.endAllocation(9, DAY, 0L))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
