package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionOrderTest {

  @Test
  void theReportReadsKpisResearchLicensingFundingThenSpace() {
    List<AnnualReportSection> sections =
        new ArrayList<>(
            List.of(
                new SpaceReportSection(),
                new FundingReportSection(),
                new LicensingReportSection(),
                new ResearchReportSection(),
                new KpiReportSection()));
    sections.sort(Comparator.comparingInt(AnnualReportSection::order));
    assertThat(sections)
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly(
            "KpiReportSection",
            "ResearchReportSection",
            "LicensingReportSection",
            "FundingReportSection",
            "SpaceReportSection");
  }
}
