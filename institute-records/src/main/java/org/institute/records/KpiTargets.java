package org.institute.records;

import java.util.List;
import java.util.Optional;

/**
 * The institute's KPI targets. Admins, the council and auditors read them; admins set them
 * (audited). What counts towards a target is the reporting module's business.
 */
public interface KpiTargets {

  /** Every target, latest period end first, then in the order set. */
  List<KpiTargetView> all();

  Optional<KpiTargetView> find(String code);

  /**
   * Sets a new target.
   *
   * @throws org.institute.core.InvalidCommandException naming each field in error
   * @throws org.institute.core.AccessRefusedException unless the caller is an admin
   */
  KpiTargetView define(NewKpiTarget target);
}
