package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.core.Violation;
import org.institute.records.KpiTargetView;
import org.institute.records.KpiTargets;
import org.institute.records.NewKpiTarget;
import org.institute.records.domain.KpiTarget;
import org.institute.records.domain.KpiTargetRepository;

/** Sets and reads KPI targets; each new target is audited in its transaction. */
@ApplicationScoped
@Transactional
class KpiTargetService implements KpiTargets {

  @Inject private KpiTargetRepository targets;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  public List<KpiTargetView> all() {
    requireReader();
    return targets.all().stream().map(KpiTargetService::view).toList();
  }

  @Override
  public Optional<KpiTargetView> find(String code) {
    requireReader();
    return targets.find(code).map(KpiTargetService::view);
  }

  @Override
  public KpiTargetView define(NewKpiTarget command) {
    caller.requireAnyRole("setting a KPI target", Role.ADMIN);
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
    return view(target);
  }

  private void requireReader() {
    caller.requireAnyRole("reading KPIs", Role.ADMIN, Role.COUNCIL, Role.AUDITOR);
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

  private static KpiTargetView view(KpiTarget t) {
    return new KpiTargetView(
        t.code(), t.metric(), t.labelEn(), t.labelZh(), t.target(), t.periodFrom(), t.periodTo());
  }
}
