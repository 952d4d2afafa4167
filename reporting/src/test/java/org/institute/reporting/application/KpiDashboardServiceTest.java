package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.reporting.application.Wired.inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.KpiFigures;
import org.institute.core.KpiRecord;
import org.institute.core.KpiStamps;
import org.institute.core.Role;
import org.institute.records.KpiTargetView;
import org.institute.records.KpiTargets;
import org.institute.records.NewKpiTarget;
import org.institute.reporting.KpiDrillDown;
import org.institute.reporting.KpiStatus;
import org.institute.reporting.KpiView;
import org.junit.jupiter.api.Test;

class KpiDashboardServiceTest {

  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);

  /** Targets kept in a list, in the order set. */
  private static final class Targets implements KpiTargets {
    final List<KpiTargetView> all = new ArrayList<>();

    @Override
    public List<KpiTargetView> all() {
      return List.copyOf(all);
    }

    @Override
    public Optional<KpiTargetView> find(String code) {
      return all.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public KpiTargetView define(NewKpiTarget t) {
      KpiTargetView view =
          new KpiTargetView(
              t.code(),
              t.metric(),
              t.labelEn(),
              t.labelZh(),
              t.target(),
              t.periodFrom(),
              t.periodTo());
      all.add(view);
      return view;
    }
  }

  /** A source with fixed figures that remembers the pages asked of it. */
  private static final class Source implements KpiFigures {
    final String metric;
    final Map<Integer, Long> byYear;
    final List<String> asked = new ArrayList<>();

    Source(String metric, Map<Integer, Long> byYear) {
      this.metric = metric;
      this.byYear = byYear;
    }

    @Override
    public String metric() {
      return metric;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      asked.add("figures " + from + ".." + to);
      return Figures.ofYears(byYear);
    }

    @Override
    public long recordCount(LocalDate from, LocalDate to) {
      return 7;
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
      asked.add("records " + from + ".." + to + " " + firstResult + "+" + maxResults);
      return List.of(new KpiRecord("project", 3, "A project", FROM, 1, null));
    }
  }

  private final Targets targets = new Targets();

  private KpiDashboardService dashboard(Role role, KpiFigures... sources) {
    KpiDashboardService service = new KpiDashboardService();
    inject(service, "targets", targets);
    inject(service, "sources", Wired.Beans.of(sources));
    inject(service, "policy", Wired.policyOf(role));
    inject(service, "clock", Wired.CLOCK);
    inject(service, "stamps", stamps);
    inject(service, "counted", counted);
    return service;
  }

  /** The stamps as the database would keep them. */
  private static final class Stamps implements KpiStamps {
    final Map<String, Long> versions = new HashMap<>();

    @Override
    public void changed(String metric) {
      versions.merge(metric, 1L, Long::sum);
    }

    @Override
    public Map<String, Long> current() {
      return Map.copyOf(versions);
    }
  }

  private final Stamps stamps = new Stamps();
  private final StampedFigures counted = new StampedFigures();

  private void target(String code, String metric, long target) {
    targets.define(new NewKpiTarget(code, metric, code + " en", code + " zh", target, FROM, TO));
  }

  @Test
  void aKpiWithASourceShowsItsActualProgressForecastAndEveryYearOfThePeriod() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 4L, 2023, 6L));

    KpiView kpi = dashboard(Role.COUNCIL, projects).kpi("R1").orElseThrow();

    assertThat(kpi.actual()).isEqualTo(10L);
    assertThat(kpi.progress()).isEqualTo(25);
    // 10 in the 912 days up to 1 July 2023, carried over the period's 1,826 days
    assertThat(kpi.forecast()).isEqualTo(20L);
    assertThat(kpi.status()).isEqualTo(KpiStatus.AT_RISK);
    assertThat(kpi.byYear())
        .containsExactly(
            Map.entry(2021, 4L),
            Map.entry(2022, 0L),
            Map.entry(2023, 6L),
            Map.entry(2024, 0L),
            Map.entry(2025, 0L));
    assertThat(kpi.labelEn()).isEqualTo("R1 en");
    assertThat(kpi.target()).isEqualTo(40);
    assertThat(projects.asked).containsExactly("figures 2021-01-01..2025-12-31");
  }

  @Test
  void aKpiWhoseMetricHasNoSourceShowsNoSourceAndNoFigures() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    target("G1", KpiFigures.PROGRAMME_GRADUATES, 100);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 40L));

    List<KpiView> kpis = dashboard(Role.AUDITOR, projects).kpis();

    assertThat(kpis).extracting(KpiView::code).containsExactly("R1", "G1");
    assertThat(kpis.get(0).status()).isEqualTo(KpiStatus.ACHIEVED);
    KpiView graduates = kpis.get(1);
    assertThat(graduates.status()).isEqualTo(KpiStatus.NO_SOURCE);
    assertThat(graduates.actual()).isNull();
    assertThat(graduates.progress()).isNull();
    assertThat(graduates.forecast()).isNull();
    assertThat(graduates.byYear()).isEmpty();
    assertThat(graduates.target()).isEqualTo(100);
  }

  @Test
  void ofTwoSourcesOfOneMetricTheFirstCounts() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    Source first = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 8L));
    Source second = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 30L));

    assertThat(dashboard(Role.ADMIN, first, second).kpis().get(0).actual()).isEqualTo(8L);
    assertThat(second.asked).isEmpty();
  }

  @Test
  void theDrillDownPagesTheSourcesRecordsAndCountsThemApart() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 4L));

    KpiDrillDown drill = dashboard(Role.COUNCIL, projects).records("R1", 20, 10).orElseThrow();

    assertThat(drill.kpi().actual()).isEqualTo(4L);
    assertThat(drill.records()).extracting(KpiRecord::id).containsExactly(3L);
    assertThat(drill.total()).isEqualTo(7);
    assertThat(projects.asked).contains("records 2021-01-01..2025-12-31 20+10");
  }

  @Test
  void theDrillDownOfAKpiWithoutSourceIsEmptyAndOfAnUnknownCodeAbsent() {
    target("G1", KpiFigures.PROGRAMME_GRADUATES, 100);
    KpiDashboardService dashboard = dashboard(Role.COUNCIL);

    KpiDrillDown drill = dashboard.records("G1", 0, 10).orElseThrow();
    assertThat(drill.kpi().status()).isEqualTo(KpiStatus.NO_SOURCE);
    assertThat(drill.records()).isEmpty();
    assertThat(drill.total()).isZero();
    assertThat(dashboard.records("nope", 0, 10)).isEmpty();
    assertThat(dashboard.kpi("nope")).isEmpty();
  }

  @Test
  void aNewTargetIsShownAtOnceAgainstItsSource() {
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2022, 12L));

    KpiView kpi =
        dashboard(Role.ADMIN, projects)
            .setTarget(
                new NewKpiTarget(
                    "R2", KpiFigures.RESEARCH_PROJECTS, "Projects", "项目", 12L, FROM, TO));

    assertThat(kpi.code()).isEqualTo("R2");
    assertThat(kpi.actual()).isEqualTo(12L);
    assertThat(kpi.progress()).isEqualTo(100);
    assertThat(kpi.status()).isEqualTo(KpiStatus.ACHIEVED);
    assertThat(targets.find("R2")).isPresent();
  }

  @Test
  void partnerStaffAndCoordinatorsReadNoKpi() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 4L));
    for (Role role : List.of(Role.PARTNER_STAFF, Role.COORDINATOR)) {
      KpiDashboardService dashboard = dashboard(role, projects);
      assertThatThrownBy(dashboard::kpis).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> dashboard.kpi("R1")).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> dashboard.records("R1", 0, 10))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThat(projects.asked).isEmpty();
  }

  @Test
  void anUnchangedMetricIsCountedOnceAndServedFromItsStampAfterwards() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    stamps.changed(KpiFigures.RESEARCH_PROJECTS);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 4L));
    KpiDashboardService dashboard = dashboard(Role.COUNCIL, projects);

    dashboard.kpis();
    dashboard.kpis();
    KpiView kpi = dashboard.kpi("R1").orElseThrow();

    assertThat(kpi.actual()).isEqualTo(4L);
    assertThat(projects.asked).containsExactly("figures 2021-01-01..2025-12-31");
  }

  @Test
  void aMovedStampCountsItsMetricAgainAndOnlyItsMetric() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    target("G1", KpiFigures.PROGRAMME_GRADUATES, 100);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, new HashMap<>(Map.of(2021, 4L)));
    Source graduates = new Source(KpiFigures.PROGRAMME_GRADUATES, Map.of(2022, 9L));
    stamps.changed(KpiFigures.RESEARCH_PROJECTS);
    stamps.changed(KpiFigures.PROGRAMME_GRADUATES);
    KpiDashboardService dashboard = dashboard(Role.COUNCIL, projects, graduates);
    dashboard.kpis();

    projects.byYear.put(2022, 1L);
    stamps.changed(KpiFigures.RESEARCH_PROJECTS);
    List<KpiView> kpis = dashboard.kpis();

    assertThat(kpis).extracting(KpiView::actual).containsExactly(5L, 9L);
    assertThat(projects.asked).hasSize(2);
    assertThat(graduates.asked).hasSize(1);
  }

  @Test
  void aMetricWithoutAStampRowIsCountedAtEveryRequest() {
    target("R1", KpiFigures.RESEARCH_PROJECTS, 40);
    Source projects = new Source(KpiFigures.RESEARCH_PROJECTS, Map.of(2021, 4L));
    KpiDashboardService dashboard = dashboard(Role.COUNCIL, projects);

    dashboard.kpis();
    dashboard.kpis();

    assertThat(projects.asked).hasSize(2);
  }
}
