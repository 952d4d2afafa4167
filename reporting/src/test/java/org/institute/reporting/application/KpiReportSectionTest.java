package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.reporting.application.Wired.inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.records.NewKpiTarget;
import org.institute.reporting.KpiDashboard;
import org.institute.reporting.KpiDrillDown;
import org.institute.reporting.KpiStatus;
import org.institute.reporting.KpiView;
import org.institute.reporting.ReportSection;
import org.junit.jupiter.api.Test;

class KpiReportSectionTest {

  /** A dashboard that shows the KPIs it was given. */
  private record Shown(List<KpiView> kpis) implements KpiDashboard {
    @Override
    public Optional<KpiView> kpi(String code) {
      return kpis.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    @Override
    public Optional<KpiDrillDown> records(String code, int firstResult, int maxResults) {
      return Optional.empty();
    }

    @Override
    public KpiView setTarget(NewKpiTarget target) {
      throw new UnsupportedOperationException();
    }
  }

  private static KpiView kpi(
      String code, LocalDate from, LocalDate to, long target, Long actual, Integer progress) {
    return new KpiView(
        code,
        "RESEARCH_PROJECTS",
        code + " en",
        code + " zh",
        target,
        from,
        to,
        actual,
        progress,
        actual,
        actual == null ? KpiStatus.NO_SOURCE : KpiStatus.ON_TRACK,
        Map.of());
  }

  private static ReportSection build(KpiView... kpis) {
    KpiReportSection section = new KpiReportSection();
    inject(section, "dashboard", new Shown(List.of(kpis)));
    return section.build(2023);
  }

  private static ReportSection.Table table(ReportSection section) {
    return (ReportSection.Table) section.blocks().get(1);
  }

  private static ReportSection.Chart chart(ReportSection section) {
    return (ReportSection.Chart) section.blocks().get(2);
  }

  @Test
  void aKpiOverWholeYearsIsARowWithItsYearsAndABarOfActualAgainstTarget() {
    ReportSection section =
        build(kpi("R1", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), 2000, 1234L, 61));

    assertThat(section.key()).isEqualTo("kpis");
    assertThat(table(section).rows())
        .containsExactly(
            List.of(
                "R1",
                "R1 en",
                "R1 zh",
                "2021–2025",
                2000L,
                1234L,
                "61%",
                1234L,
                KpiStatus.ON_TRACK));
    assertThat(chart(section).bars())
        .containsExactly(
            new ReportSection.Bar(
                new ReportSection.Text("R1 en", "R1 zh"), 1234, 2000, "1,234 / 2,000 (61%)"));
  }

  @Test
  void aPeriodThatIsNotWholeYearsShowsItsDates() {
    ReportSection section =
        build(
            kpi("A", LocalDate.of(2021, 1, 2), LocalDate.of(2025, 12, 31), 10, 1L, 10),
            kpi("B", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 11, 30), 10, 1L, 10),
            kpi("C", LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 30), 10, 1L, 10));

    assertThat(table(section).rows())
        .extracting(row -> row.get(3))
        .containsExactly(
            "2021-01-02 – 2025-12-31", "2021-01-01 – 2025-11-30", "2021-01-01 – 2025-12-30");
  }

  @Test
  void aKpiWithoutSourceIsARowWithoutFiguresAndNoBar() {
    ReportSection section =
        build(kpi("G1", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), 50, null, null));

    List<Object> row = table(section).rows().get(0);
    assertThat(row.get(3)).isEqualTo("2022–2022");
    assertThat(row.get(5)).isNull();
    assertThat(row.get(6)).isNull();
    assertThat(row.get(8)).isEqualTo(KpiStatus.NO_SOURCE);
    assertThat(chart(section).bars()).isEmpty();
  }
}
