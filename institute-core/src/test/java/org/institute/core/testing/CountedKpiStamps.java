package org.institute.core.testing;

import java.util.HashMap;
import java.util.Map;
import org.institute.core.KpiStamps;

/** KPI stamps for the modules' unit tests: how often each metric was marked changed. */
public final class CountedKpiStamps implements KpiStamps {
  private final Map<String, Long> versions = new HashMap<>();

  @Override
  public void changed(String metric) {
    versions.merge(metric, 1L, Long::sum);
  }

  @Override
  public Map<String, Long> current() {
    return Map.copyOf(versions);
  }

  /** How often {@code metric} was marked changed. */
  public long moves(String metric) {
    return versions.getOrDefault(metric, 0L);
  }
}
