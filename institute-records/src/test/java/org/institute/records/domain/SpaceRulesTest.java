package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.records.AllocationView;
import org.institute.records.OccupantKind;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpaceUse;
import org.junit.jupiter.api.Test;

class SpaceRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
  private static final Allocatee CENTRE = new Allocatee(OccupantKind.CENTRE, 1);
  private static final Allocatee SPIN_OFF = new Allocatee(OccupantKind.SPIN_OFF, 7);

  private static Period period(String from, String to) {
    return new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @Test
  void unitsMayFillTheBuildingExactly() {
    SpaceBuilding building = new SpaceBuilding(1, "HQ", 23_000, 22_000);
    building.reserve(1_000);
    assertThat(building.unitsSqm()).isEqualTo(23_000);
    assertThat(building.freeForUnitsSqm()).isZero();
  }

  @Test
  void aUnitThatWouldExceedTheBuildingIsRefusedAndNothingChanges() {
    SpaceBuilding building = new SpaceBuilding(1, "HQ", 23_000, 22_500);
    assertThatThrownBy(() -> building.reserve(501))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("space.unit.exceedsBuilding"));
    assertThat(building.unitsSqm()).isEqualTo(22_500);
  }

  @Test
  void aUnitWithoutAreaIsRefused() {
    SpaceBuilding building = new SpaceBuilding(1, "HQ", 23_000, 0);
    assertThatThrownBy(() -> building.reserve(0)).isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void anAllocationThatOverlapsAnotherOfTheSameUnitIsRefused() {
    SpaceUnit unit = new SpaceUnit(1, "B2-301", "Lab", 400, SpaceUse.RD_FACILITY, NOW);
    SpaceAllocation first =
        unit.allocate(List.of(), CENTRE, period("2021-07-01", "2023-06-30"), null, NOW);
    assertThatThrownBy(
            () -> unit.allocate(List.of(first), SPIN_OFF, period("2023-06-30", null), null, NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("space.allocation.overlaps");
  }

  @Test
  void anAllocationThatStartsTheDayAfterTheLastEndsIsAccepted() {
    SpaceUnit unit = new SpaceUnit(1, "B2-301", "Lab", 400, SpaceUse.RD_FACILITY, NOW);
    SpaceAllocation first =
        unit.allocate(List.of(), CENTRE, period("2021-07-01", "2023-06-30"), null, NOW);
    SpaceAllocation next =
        unit.allocate(List.of(first), SPIN_OFF, period("2023-07-01", null), "incubation", NOW);
    assertThat(next.period()).isEqualTo(period("2023-07-01", null));
    assertThat(next.occupant()).isEqualTo(SPIN_OFF);
  }

  @Test
  void anAllocationEndsNeitherBeforeItStartsNorAfterItWasToEnd() {
    SpaceUnit unit = new SpaceUnit(1, "B2-301", "Lab", 400, SpaceUse.RD_FACILITY, NOW);
    SpaceAllocation a =
        unit.allocate(List.of(), CENTRE, period("2021-07-01", "2025-06-30"), null, NOW);
    assertThatThrownBy(() -> a.endOn(LocalDate.parse("2021-06-30")))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> a.endOn(LocalDate.parse("2025-07-01")))
        .isInstanceOf(InvalidCommandException.class);
    a.endOn(LocalDate.parse("2024-12-31"));
    assertThat(a.period()).isEqualTo(period("2021-07-01", "2024-12-31"));
  }

  @Test
  void theBuildingTellsItsNameAreaAndWhatIsLeftForUnits() {
    SpaceBuilding building = new SpaceBuilding(1, "HQ", 23_000, 22_000);

    assertThat(building.name()).isEqualTo("HQ");
    assertThat(building.areaSqm()).isEqualTo(23_000);
    assertThat(building.freeForUnitsSqm()).isEqualTo(1_000);
    building.reserve(400);
    assertThat(building.freeForUnitsSqm()).isEqualTo(600);
  }

  @Test
  void aUnitAndItsAllocationAreShownWithTheUnitsCodeAndArea() {
    SpaceUnit unit =
        Stored.withVersion(
            Stored.withId(new SpaceUnit(1, "B2-301", "Lab", 400, SpaceUse.RD_FACILITY, NOW)), 3);
    SpaceAllocation a =
        Stored.withVersion(
            Stored.withId(
                unit.allocate(List.of(), CENTRE, period("2021-07-01", null), "phase 1", NOW)),
            2);

    assertThat(unit.view())
        .isEqualTo(new SpaceUnitView(unit.id(), "B2-301", "Lab", 400, SpaceUse.RD_FACILITY, 3));
    assertThat(unit.code()).isEqualTo("B2-301");
    assertThat(unit.areaSqm()).isEqualTo(400);
    assertThat(unit.use()).isEqualTo(SpaceUse.RD_FACILITY);
    assertThat(a.unitId()).isEqualTo(unit.id());
    assertThat(a.version()).isEqualTo(2);
    assertThat(a.view(unit, "Grid lab"))
        .isEqualTo(
            new AllocationView(
                a.id(),
                unit.id(),
                "B2-301",
                400,
                OccupantKind.CENTRE,
                1,
                "Grid lab",
                LocalDate.parse("2021-07-01"),
                null,
                "phase 1",
                2));
  }

  @Test
  void anOpenEndedAllocationMayBeEndedAnyDayFromItsStart() {
    SpaceUnit unit = new SpaceUnit(1, "B2-301", "Lab", 400, SpaceUse.RD_FACILITY, NOW);
    SpaceAllocation a = unit.allocate(List.of(), CENTRE, period("2021-07-01", null), null, NOW);

    a.endOn(LocalDate.parse("2021-07-01"));

    assertThat(a.period()).isEqualTo(period("2021-07-01", "2021-07-01"));
    assertThatThrownBy(() -> a.endOn(null))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("field.required"));
  }
}
