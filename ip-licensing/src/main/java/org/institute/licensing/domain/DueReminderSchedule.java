package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which reminder a royalty report or an invoice is due for on a day (decision 0104). The stages are
 * days after the due date, negative before it: with {@code -7, 1, 30} a report is reminded 7 days
 * before it is due, on the day after and 30 days after. On any day the stage is the largest whose
 * day has come; a run sends it when the log has no row for it. So a stage whose day passed while
 * nothing ran goes out on the next run, once, and after a long outage only the latest stage goes
 * out (one mail, not a burst of stale ones). Whether the subject still needs a reminder (a report
 * not filed, an invoice not settled) is the caller's question.
 */
public final class DueReminderSchedule {

  private DueReminderSchedule() {}

  /** The largest stage whose day ({@code due + stage}) has come; empty before the first. */
  public static OptionalInt stage(LocalDate due, LocalDate today, Collection<Integer> stages) {
    return stages.stream()
        .mapToInt(Integer::intValue)
        .filter(n -> !due.plusDays(n).isAfter(today))
        .max();
  }

  /**
   * The stages of a setting such as {@code "-7,1,30"}: whole numbers of days from -365 to 365,
   * anything else left out, each once.
   */
  public static List<Integer> parse(String setting) {
    if (setting == null) {
      return List.of();
    }
    return Arrays.stream(setting.split(","))
        .map(String::trim)
        .filter(s -> s.matches("-?\\d{1,3}"))
        .map(Integer::valueOf)
        .filter(n -> Math.abs(n) <= 365)
        .distinct()
        .sorted()
        .toList();
  }
}
