package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiDashboard;
import org.institute.core.KpiDrillDown;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStatus;
import org.institute.core.KpiView;
import org.institute.core.NewKpiTarget;
import org.institute.core.Role;
import org.institute.core.Violation;
import org.institute.core.domain.KpiProgress;
import org.institute.core.domain.KpiTarget;
import org.institute.core.domain.KpiTargetRepository;

/**
 * Computes each KPI from its source when asked, so that a new record moves its KPI at once. Sources
 * are the {@link KpiFigures} beans of every module, found by metric; a metric without one shows as
 * {@link KpiStatus#NO_SOURCE}.
 */
@ApplicationScoped
@Transactional
class KpiDashboardService implements KpiDashboard {

  @Inject private KpiTargetRepository targets;
  @Inject private Instance<KpiFigures> sources;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  public List<KpiView> kpis() {
    requireReader();
    Map<String, KpiFigures> bySource = sources();
    LocalDate today = LocalDate.now(clock);
    return targets.all().stream().map(t -> view(t, bySource.get(t.metric()), today)).toList();
  }

  @Override
  public Optional<KpiView> kpi(String code) {
    requireReader();
    return targets.find(code).map(t -> view(t, sources().get(t.metric()), LocalDate.now(clock)));
  }

  @Override
  public Optional<KpiDrillDown> records(String code, int firstResult, int maxResults) {
    requireReader();
    return targets
        .find(code)
        .map(
            t -> {
              KpiFigures source = sources().get(t.metric());
              KpiView kpi = view(t, source, LocalDate.now(clock));
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
    if (!caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException("setting a KPI target");
    }
    check(command);
    KpiTarget target = new KpiTarget(command, clock.instant());
    targets.add(target);
    targets.flush();
    audit.record(
        "KPI_TARGET_SET",
        "KpiTarget",
        command.code(),
        command.metric()
            + " >= "
            + command.target()
            + " from "
            + command.periodFrom()
            + " to "
            + command.periodTo());
    return view(target, sources().get(target.metric()), LocalDate.now(clock));
  }

  private void check(NewKpiTarget t) {
    List<Violation> problems = new ArrayList<>();
    if (t.code() == null || !t.code().matches("[A-Z0-9_-]{2,40}")) {
      problems.add(new Violation("code", "kpi.code.invalid"));
    } else if (targets.find(t.code()).isPresent()) {
      problems.add(new Violation("code", "kpi.code.taken"));
    }
    if (t.metric() == null || !t.metric().matches("[A-Z0-9_]{2,40}")) {
      problems.add(new Violation("metric", "kpi.metric.invalid"));
    }
    if (t.labelEn() == null || t.labelEn().isBlank()) {
      problems.add(new Violation("labelEn", "field.required"));
    } else if (t.labelEn().length() > 200) {
      problems.add(new Violation("labelEn", "field.tooLong"));
    }
    if (t.labelZh() != null && t.labelZh().length() > 200) {
      problems.add(new Violation("labelZh", "field.tooLong"));
    }
    if (t.target() == null || t.target() <= 0) {
      problems.add(new Violation("target", "kpi.target.positive"));
    }
    if (t.periodFrom() == null) {
      problems.add(new Violation("periodFrom", "field.required"));
    }
    if (t.periodTo() == null) {
      problems.add(new Violation("periodTo", "field.required"));
    } else if (t.periodFrom() != null && t.periodTo().isBefore(t.periodFrom())) {
      problems.add(new Violation("periodTo", "kpi.period.endsBeforeStart"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private static KpiView view(KpiTarget t, KpiFigures source, LocalDate today) {
    if (source == null) {
      return new KpiView(
          t.code(),
          t.metric(),
          t.labelEn(),
          t.labelZh(),
          t.target(),
          t.periodFrom(),
          t.periodTo(),
          null,
          null,
          null,
          KpiStatus.NO_SOURCE,
          Map.of());
    }
    KpiFigures.Figures figures = source.figures(t.periodFrom(), t.periodTo());
    long actual = figures.actual();
    KpiProgress progress = KpiProgress.of(t.target(), actual, t.periodFrom(), t.periodTo(), today);
    Map<Integer, Long> counted = figures.byYear();
    Map<Integer, Long> trend = new LinkedHashMap<>();
    for (int year = t.periodFrom().getYear(); year <= t.periodTo().getYear(); year++) {
      trend.put(year, counted.getOrDefault(year, 0L));
    }
    return new KpiView(
        t.code(),
        t.metric(),
        t.labelEn(),
        t.labelZh(),
        t.target(),
        t.periodFrom(),
        t.periodTo(),
        actual,
        progress.progress(),
        progress.forecast(),
        progress.status(),
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
    if (!caller.hasRole(Role.ADMIN)
        && !caller.hasRole(Role.COUNCIL)
        && !caller.hasRole(Role.AUDITOR)) {
      throw new AccessRefusedException("reading KPIs");
    }
  }
}
