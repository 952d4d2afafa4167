package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.reporting.application.Wired.inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.records.AllocationView;
import org.institute.records.HeadquartersSpace;
import org.institute.records.NewAllocation;
import org.institute.records.NewSpaceUnit;
import org.institute.records.NewSpinOff;
import org.institute.records.SpaceSummary;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpaceUse;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffPage;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.records.UnitOccupancy;
import org.institute.reporting.ReportSection;
import org.junit.jupiter.api.Test;

class SpaceReportSectionTest {

  /** The headquarters as one summary, remembering the date asked. */
  private static final class Space implements HeadquartersSpace {
    final SpaceSummary summary;
    LocalDate asked;

    Space(SpaceSummary summary) {
      this.summary = summary;
    }

    @Override
    public SpaceSummary summary(LocalDate date) {
      asked = date;
      return summary;
    }

    @Override
    public List<SpaceUnitView> units() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<UnitOccupancy> occupancy(LocalDate date) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SpaceUnitView addUnit(NewSpaceUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<AllocationView> allocations(Long unitId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AllocationView allocate(NewAllocation allocation) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AllocationView endAllocation(long allocationId, LocalDate lastDay, Long version) {
      throw new UnsupportedOperationException();
    }
  }

  /** Spin-offs in a list, paged as the real one pages. */
  private static final class Companies implements SpinOffs {
    final List<SpinOffView> all = new ArrayList<>();

    void founded(LocalDate on) {
      all.add(
          new SpinOffView(
              all.size() + 1, "Co " + all.size(), "公司", List.of(), null, List.of(), on, null, 0));
    }

    @Override
    public SpinOffPage spinOffs(SpinOffQuery query, int firstResult, int maxResults) {
      int end = Math.min(all.size(), firstResult + maxResults);
      return new SpinOffPage(all.subList(Math.min(firstResult, end), end), all.size());
    }

    @Override
    public Optional<SpinOffView> spinOff(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SpinOffView record(NewSpinOff spinOff) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SpinOffView change(long id, SpinOffChanges changes) {
      throw new UnsupportedOperationException();
    }
  }

  private final Companies companies = new Companies();

  private ReportSection build(Space space, int year) {
    SpaceReportSection section = new SpaceReportSection();
    inject(section, "space", space);
    inject(section, "spinOffs", companies);
    return section.build(year);
  }

  private static SpaceSummary summary(
      int buildingSqm, int allocatedSqm, SpaceSummary.UseArea... uses) {
    int units = 0;
    for (SpaceSummary.UseArea use : uses) {
      units += use.unitsSqm();
    }
    return new SpaceSummary(
        LocalDate.of(2023, 12, 31),
        "HQ",
        buildingSqm,
        units,
        allocatedSqm,
        buildingSqm - allocatedSqm,
        List.of(uses));
  }

  @Test
  void theSpaceIsCountedOnTheLastDayOfTheYearPerUseAndForTheBuilding() {
    SpaceUse use = SpaceUse.values()[0];
    Space space = new Space(summary(3000, 1001, new SpaceSummary.UseArea(use, 1500, 1001, 499)));

    ReportSection section = build(space, 2023);

    assertThat(space.asked).isEqualTo(LocalDate.of(2023, 12, 31));
    ReportSection.Note note = (ReportSection.Note) section.blocks().get(0);
    assertThat(note.en()).isEqualTo("HQ: 3,000 sqm, as allocated on 2023-12-31.");
    assertThat(note.zh()).isEqualTo("HQ：3,000平方米，2023-12-31的分配情况。");
    ReportSection.Table table = (ReportSection.Table) section.blocks().get(1);
    assertThat(table.rows())
        .containsExactly(
            List.of(use, 1500, 1001, 499, "67%"),
            // 1,001 of 3,000 is 33.4 %: rounded to the nearest whole percent
            List.of(SpaceReportSection.WHOLE_BUILDING, 3000, 1001, 1999, "33%"));
    ReportSection.Chart chart = (ReportSection.Chart) section.blocks().get(2);
    assertThat(chart.bars())
        .containsExactly(new ReportSection.Bar(use, 1001, 1500, "1,001 / 1,500 sqm"));
  }

  @Test
  void aBuildingShareRoundsHalfUpAndAnEmptyBuildingIsNoneAllocated() {
    Space half = new Space(summary(200, 1));
    assertThat(buildingRow(build(half, 2023)).get(4)).isEqualTo("1%");
    Space empty = new Space(summary(0, 0));
    assertThat(buildingRow(build(empty, 2023)).get(4)).isEqualTo("0%");
  }

  @Test
  void spinOffsCountInTheYearAndUpToItsEndOverEveryPage() {
    for (int i = 0; i < 200; i++) {
      companies.founded(LocalDate.of(2019, 5, 1));
    }
    companies.founded(LocalDate.of(2023, 1, 1));
    companies.founded(LocalDate.of(2023, 12, 31));
    companies.founded(LocalDate.of(2024, 1, 1));
    companies.founded(null);

    ReportSection section = build(new Space(summary(100, 0)), 2023);

    ReportSection.Table spinOffs = (ReportSection.Table) section.blocks().get(3);
    assertThat(spinOffs.rows())
        .containsExactly(List.of("Spin-off companies founded", "成立的衍生企业", 2L, 202L));
  }

  private static List<Object> buildingRow(ReportSection section) {
    ReportSection.Table table = (ReportSection.Table) section.blocks().get(1);
    return table.rows().get(table.rows().size() - 1);
  }
}
