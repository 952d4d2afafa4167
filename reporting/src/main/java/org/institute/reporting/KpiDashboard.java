package org.institute.reporting;

import java.util.List;
import java.util.Optional;
import org.institute.records.NewKpiTarget;

/**
 * KPI targets against actuals computed from the records when asked. The council, auditors and
 * admins read; admins set targets (audited).
 */
public interface KpiDashboard {

  /**
   * Every target, latest period end first, then in the order set, with actual, forecast, status.
   */
  List<KpiView> kpis();

  Optional<KpiView> kpi(String code);

  /** The records behind a KPI's actual; empty when no such KPI, no records when no source. */
  Optional<KpiDrillDown> records(String code, int firstResult, int maxResults);

  KpiView setTarget(NewKpiTarget target);
}
