package org.institute.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in microseconds, summarised as the report prints them. */
final class Latencies {
  private long[] values = new long[1 << 16];
  private int size;

  synchronized void add(long micros) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = micros;
  }

  synchronized int count() {
    return size;
  }

  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int index = (int) Math.min(size - 1, Math.ceil(p / 100.0 * size) - 1);
    return sorted[Math.max(0, index)] / 1000.0;
  }

  /** One line of shell assignments, read by scripts/bench.sh. */
  String summary(String prefix, double seconds, long errors) {
    return String.format(
        Locale.ROOT,
        "%s_REQUESTS=%d %s_RPS=%.1f %s_P50=%.2f %s_P95=%.2f %s_P99=%.2f %s_ERRORS=%d %s_SECONDS=%.2f",
        prefix,
        count(),
        prefix,
        count() / seconds,
        prefix,
        percentileMillis(50),
        prefix,
        percentileMillis(95),
        prefix,
        percentileMillis(99),
        prefix,
        errors,
        prefix,
        seconds);
  }
}
