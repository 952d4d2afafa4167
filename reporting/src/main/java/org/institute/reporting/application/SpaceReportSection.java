package org.institute.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.institute.records.HeadquartersSpace;
import org.institute.records.SpaceSummary;
import org.institute.records.SpinOffPage;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.reporting.ReportSection;

/**
 * The headquarters at the end of the year, as {@code GET /api/v1/space?at=YYYY-12-31} gives it:
 * allocated and free area by use; and the spin-off companies founded in the year and by its end.
 */
@RequestScoped
public class SpaceReportSection implements AnnualReportSection {

  private static final int PAGE = 200;

  /** The label of the last row, the whole building (units and what is not yet divided). */
  static final ReportSection.Text WHOLE_BUILDING = new ReportSection.Text("Whole building", "整栋楼");

  @Inject private HeadquartersSpace space;
  @Inject private SpinOffs spinOffs;

  @Override
  public int order() {
    return 50;
  }

  @Override
  public ReportSection build(int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    SpaceSummary summary = space.summary(end);
    List<List<Object>> rows = new ArrayList<>();
    List<ReportSection.Bar> bars = new ArrayList<>();
    for (SpaceSummary.UseArea use : summary.uses()) {
      rows.add(
          Arrays.asList(
              use.use(),
              use.unitsSqm(),
              use.allocatedSqm(),
              use.freeSqm(),
              use.allocatedPercent() + "%"));
      bars.add(
          new ReportSection.Bar(
              use.use(),
              use.allocatedSqm(),
              use.unitsSqm(),
              ReportNumbers.text(use.allocatedSqm())
                  + " / "
                  + ReportNumbers.text(use.unitsSqm())
                  + " sqm"));
    }
    // the building's free area also counts what is not yet divided into units
    rows.add(
        Arrays.asList(
            WHOLE_BUILDING,
            summary.buildingSqm(),
            summary.allocatedSqm(),
            summary.freeSqm(),
            summary.buildingSqm() == 0
                ? "0%"
                : Math.round(summary.allocatedSqm() * 100.0 / summary.buildingSqm()) + "%"));

    long founded = 0;
    long foundedInYear = 0;
    for (int offset = 0; ; offset += PAGE) {
      SpinOffPage page = spinOffs.spinOffs(SpinOffQuery.all(), offset, PAGE);
      for (SpinOffView s : page.spinOffs()) {
        if (s.foundedOn() != null && !s.foundedOn().isAfter(end)) {
          founded++;
          if (s.foundedOn().getYear() == year) {
            foundedInYear++;
          }
        }
      }
      if (page.spinOffs().size() < PAGE) {
        break;
      }
    }
    return new ReportSection(
        "space",
        "Headquarters space and spin-offs",
        "总部空间与衍生企业",
        List.of(
            new ReportSection.Note(
                summary.building()
                    + ": "
                    + ReportNumbers.text(summary.buildingSqm())
                    + " sqm, as allocated on "
                    + end
                    + ".",
                summary.building()
                    + "："
                    + ReportNumbers.text(summary.buildingSqm())
                    + "平方米，"
                    + end
                    + "的分配情况。"),
            new ReportSection.Table(
                "Space by use",
                "按用途的空间",
                List.of("Use", "Area (sqm)", "Allocated (sqm)", "Free (sqm)", "Allocated"),
                List.of("用途", "面积（平方米）", "已分配（平方米）", "空闲（平方米）", "分配率"),
                rows),
            new ReportSection.Chart("Allocated area by use", "按用途的已分配面积", bars),
            new ReportSection.Table(
                "Spin-offs",
                "衍生企业",
                List.of("Figure", "Figure (Chinese)", "In " + year, "By the end of " + year),
                List.of("指标", "指标（中文）", year + "年", "截至" + year + "年底"),
                List.of(
                    Arrays.asList(
                        "Spin-off companies founded", "成立的衍生企业", foundedInYear, founded)))));
  }
}
