package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Late-payment interest of an invoice (decision 0104): simple interest at the deal's annual rate,
 * for each day after the due date up to and including {@code today}, on what is outstanding that
 * day, over a year of 365 days. What is outstanding on a day is the invoice's amount changed by
 * every credit note and payment dated on or before it: a payment on a day stops that day's
 * interest. The sum over the days is exact and rounded once, to the cent, half to even (as {@link
 * org.institute.core.Money}).
 */
public final class LateInterest {

  /** Days of the year the annual rate is spread over. */
  public static final int DAYS_PER_YEAR = 365;

  private static final BigDecimal DIVISOR = BigDecimal.valueOf(100L * DAYS_PER_YEAR);

  private LateInterest() {}

  /** A change of what is owed on a day: a payment or a credit note (negative). */
  public record Movement(LocalDate on, BigDecimal change) {
    public Movement {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(change, "change");
    }
  }

  /** Days after the due date up to {@code today}, 0 when it is not past. */
  public static long daysOverdue(LocalDate due, LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(due, today));
  }

  /**
   * The interest accrued by {@code today}: zero without a rate, before the due date, or while
   * nothing is outstanding.
   */
  public static BigDecimal accrued(
      BigDecimal amount,
      List<Movement> movements,
      LocalDate due,
      BigDecimal annualPercent,
      LocalDate today) {
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    if (annualPercent == null || annualPercent.signum() <= 0 || !today.isAfter(due)) {
      return zero;
    }
    List<Movement> ordered = movements.stream().sorted(Comparator.comparing(Movement::on)).toList();
    // what is outstanding, summed over the overdue days (amount x days)
    BigDecimal owedDays = BigDecimal.ZERO;
    BigDecimal owed = amount;
    LocalDate from = due.plusDays(1); // the first overdue day not yet counted
    int next = 0;
    while (next < ordered.size() && !ordered.get(next).on().isAfter(due)) {
      owed = owed.add(ordered.get(next++).change());
    }
    while (!from.isAfter(today)) {
      // the movements of day `from` count for that day
      while (next < ordered.size() && !ordered.get(next).on().isAfter(from)) {
        owed = owed.add(ordered.get(next++).change());
      }
      LocalDate until =
          next < ordered.size() && !ordered.get(next).on().isAfter(today)
              ? ordered.get(next).on()
              : today.plusDays(1);
      long days = ChronoUnit.DAYS.between(from, until);
      if (owed.signum() > 0) {
        owedDays = owedDays.add(owed.multiply(BigDecimal.valueOf(days)));
      }
      from = until;
    }
    return owedDays.multiply(annualPercent).divide(DIVISOR, 2, RoundingMode.HALF_EVEN);
  }

  /**
   * The day the invoice was settled (the day of the credit note or payment after which nothing was
   * outstanding, counting those dated up to {@code today}), or empty while something is
   * outstanding. Interest stops on that day: an interest invoice charges interest "up to" it.
   */
  public static java.util.Optional<LocalDate> settledOn(
      BigDecimal amount, List<Movement> movements, LocalDate today) {
    List<Movement> ordered =
        movements.stream()
            .filter(m -> !m.on().isAfter(today))
            .sorted(Comparator.comparing(Movement::on))
            .toList();
    BigDecimal owed = amount;
    LocalDate settled = null;
    for (int i = 0; i < ordered.size(); i++) {
      Movement m = ordered.get(i);
      owed = owed.add(m.change());
      boolean lastOfDay = i + 1 == ordered.size() || !ordered.get(i + 1).on().equals(m.on());
      if (lastOfDay) {
        settled = owed.signum() <= 0 ? (settled == null ? m.on() : settled) : null;
      }
    }
    return java.util.Optional.ofNullable(owed.signum() <= 0 ? settled : null);
  }
}
