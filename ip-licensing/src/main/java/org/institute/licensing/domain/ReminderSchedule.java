package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * Which reminder an obligation is due for on a day (decision 0014). With offsets of, say, 30 and 7
 * days, the stage is 30 from 30 days before the due date, 7 from 7 days before, and none after the
 * due date. A run that finds the stage not yet sent sends it: a reminder whose day passed while the
 * job was down goes out on the next run, and once only, because the stage it belongs to is logged.
 */
public final class ReminderSchedule {
  private ReminderSchedule() {}

  /** The smallest offset whose day has come, while the due date has not passed. */
  public static OptionalInt stage(LocalDate due, LocalDate today, Collection<Integer> offsets) {
    if (today.isAfter(due)) {
      return OptionalInt.empty();
    }
    return offsets.stream()
        .mapToInt(Integer::intValue)
        .filter(n -> n >= 0 && !due.minusDays(n).isAfter(today))
        .min();
  }
}
