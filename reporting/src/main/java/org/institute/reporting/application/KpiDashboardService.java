package org.institute.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.records.KpiTargetView;
import org.institute.records.KpiTargets;
import org.institute.records.NewKpiTarget;
import org.institute.reporting.KpiDashboard;
import org.institute.reporting.KpiDrillDown;
import org.institute.reporting.KpiStatus;
import org.institute.reporting.KpiView;
import org.institute.reporting.domain.KpiProgress;

/**
 * Answers each KPI from its source's figures, counted again only when the metric's stamp has moved
 * (decision 0110): a new record moves its KPI at once, and an unchanged dashboard costs the targets
 * and the stamps, two statements. Sources are the {@link KpiFigures} beans of every module, found
 * by metric; a metric without one shows as {@link KpiStatus#NO_SOURCE}.
 */
@ApplicationScoped
@Transactional
class KpiDashboardService implements KpiDashboard {

  @Inject private KpiTargets targets;
  @Inject private Instance<KpiFigures> sources;
  @Inject private ReportingPolicy policy;
  @Inject private Clock clock;
  @Inject private KpiStamps stamps;
  @Inject private StampedFigures counted;

  @Override
  public List<KpiView> kpis() {
    requireReader();
    Map<String, KpiFigures> bySource = sources();
    Map<String, Long> now = stamps.current();
    LocalDate today = LocalDate.now(clock);
    return targets.all().stream().map(t -> view(t, bySource.get(t.metric()), now, today)).toList();
  }

  @Override
  public Optional<KpiView> kpi(String code) {
    requireReader();
    Map<String, Long> now = stamps.current();
    return targets
        .find(code)
        .map(t -> view(t, sources().get(t.metric()), now, LocalDate.now(clock)));
  }

  @Override
  public Optional<KpiDrillDown> records(String code, int firstResult, int maxResults) {
    requireReader();
    return targets
        .find(code)
        .map(
            t -> {
              KpiFigures source = sources().get(t.metric());
              KpiView kpi = view(t, source, stamps.current(), LocalDate.now(clock));
              if (source == null) {
                return new KpiDrillDown(kpi, List.of(), 0);
              }
              return new KpiDrillDown(
                  kpi,
                  source.records(t.periodFrom(), t.periodTo(), firstResult, maxResults),
                  source.recordCount(t.periodFrom(), t.periodTo()));
            });
  }

  @Override
  public KpiView setTarget(NewKpiTarget command) {
    KpiTargetView target = targets.define(command);
    return view(target, sources().get(target.metric()), stamps.current(), LocalDate.now(clock));
  }

  private KpiView view(KpiTargetView t, KpiFigures source, Map<String, Long> now, LocalDate today) {
    if (source == null) {
      return kpi(t, null, null, null, KpiStatus.NO_SOURCE, Map.of());
    }
    KpiFigures.Figures figures =
        counted.of(source, now.get(t.metric()), t.periodFrom(), t.periodTo());
    long actual = figures.actual();
    KpiProgress progress = KpiProgress.of(t.target(), actual, t.periodFrom(), t.periodTo(), today);
    Map<Integer, Long> counted = figures.byYear();
    Map<Integer, Long> trend = new LinkedHashMap<>();
    for (int year = t.periodFrom().getYear(); year <= t.periodTo().getYear(); year++) {
      trend.put(year, counted.getOrDefault(year, 0L));
    }
    return kpi(t, actual, progress.progress(), progress.forecast(), progress.status(), trend);
  }

  /** The target with its actual, progress, forecast, status and trend, as {@link KpiView} says. */
  private static KpiView kpi(
      KpiTargetView t,
      Long actual,
      Integer progress,
      Long forecast,
      KpiStatus status,
      Map<Integer, Long> trend) {
    return new KpiView(
        t.code(),
        t.metric(),
        t.labelEn(),
        t.labelZh(),
        t.target(),
        t.periodFrom(),
        t.periodTo(),
        actual,
        progress,
        forecast,
        status,
        trend);
  }

  private Map<String, KpiFigures> sources() {
    Map<String, KpiFigures> byMetric = new LinkedHashMap<>();
    for (KpiFigures source : sources) {
      byMetric.putIfAbsent(source.metric(), source);
    }
    return byMetric;
  }

  private void requireReader() {
    policy.requireReader("reading KPIs");
  }
}
