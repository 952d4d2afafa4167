package org.institute.reporting;

/**
 * How a KPI stands against its target: achieved; on track (the straight-line forecast reaches the
 * target); at risk (it does not); missed (the period is over and the target was not reached); or no
 * source yet (no module supplies the metric).
 */
public enum KpiStatus {
  ACHIEVED,
  ON_TRACK,
  AT_RISK,
  MISSED,
  NO_SOURCE
}
