package org.institute.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;

/**
 * The KPI figures as last counted, each with the stamp of its metric that was read before counting
 * (decision 0110). A figure is counted again only when its metric's stamp in the database has moved
 * since: the owning module moves it in the transaction of every change that can move the figure, so
 * a figure served from here always equals a recount in the reader's transaction, on every instance
 * of a cluster. Stamps are read once per request ({@link KpiStamps#current}) and passed in.
 */
@ApplicationScoped
class StampedFigures {

  /** Periods in use are the targets' few; this bounds the memory if targets keep changing. */
  static final int MOST_KEPT = 256;

  private record Key(String metric, LocalDate from, LocalDate to) {}

  private record Counted(long stamp, KpiFigures.Figures figures) {}

  private final Map<Key, Counted> counted = new ConcurrentHashMap<>();

  /**
   * The figures of {@code source} for the period: as counted before when the metric's stamp is
   * still {@code stamp}, otherwise counted now and kept with it. Without a stamp (a metric no
   * migration stamps) every call counts.
   *
   * @param stamp the metric's stamp, read in this transaction before any counting
   */
  KpiFigures.Figures of(KpiFigures source, Long stamp, LocalDate from, LocalDate to) {
    if (stamp == null) {
      return source.figures(from, to);
    }
    Key key = new Key(source.metric(), from, to);
    Counted before = counted.get(key);
    if (before != null && before.stamp() == stamp) {
      return before.figures();
    }
    KpiFigures.Figures figures = source.figures(from, to);
    if (counted.size() >= MOST_KEPT) {
      counted.clear();
    }
    counted.put(key, new Counted(stamp, figures));
    return figures;
  }
}
