package org.institute.core;

import java.util.Map;

/**
 * A version stamp per KPI metric, kept in the database (decision 0110). The module that owns the
 * records behind a metric calls {@link #changed} in the transaction of every change that can move
 * the figure (from the observer of its own event, or in the use case when there is no event); the
 * KPI dashboard keeps each figure with the stamp it read before counting and counts again only when
 * the stamp has moved. Because the stamp is a row of the shared database, a change made through one
 * application instance invalidates the figures of every instance of the cluster, at its commit.
 */
public interface KpiStamps {

  /**
   * Moves the stamp of {@code metric} (one of the {@link KpiFigures} names), in the caller's
   * transaction: the row stays locked until it ends, so the next reader sees the new stamp no
   * earlier than the change itself.
   *
   * @throws IllegalStateException when the metric has no stamp row (add it in a core migration)
   */
  void changed(String metric);

  /** Every metric's current stamp, in one statement. */
  Map<String, Long> current();
}
