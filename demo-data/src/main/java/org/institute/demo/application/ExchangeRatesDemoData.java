package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.institute.core.ExchangeRates;

/**
 * The demo's SGD/CNY rates: the two of 2020 that the announced figures imply, and one a week
 * (Mondays) from the first Monday of last year up to the day the demo starts, and that day itself,
 * so that no amount of this year or last is converted at a rate older than a week (decision 0094).
 * The years 2021 to 2024 keep the announcement's rate on purpose: the funding phase's figures are
 * stated at it (S$61 million = RMB 300 million). A day's rate depends on the day alone, so two
 * demos started on different days agree on every rate they share.
 */
@ApplicationScoped
public class ExchangeRatesDemoData {

  static final Currency SGD = Currency.getInstance("SGD");
  static final Currency CNY = Currency.getInstance("CNY");

  @Inject private ExchangeRates rates;
  @Inject private Clock clock;

  /** Records the rates; returns how many. */
  int load() {
    // S$61 million = RMB 300 million (the next phase) and S$1.7 million = RMB 8.6 million
    // (licences)
    rates.recordRate(
        LocalDate.of(2020, 12, 8), SGD, CNY, new BigDecimal("4.9180"), "announcement 2020-12-08");
    rates.recordRate(
        LocalDate.of(2020, 1, 2), SGD, CNY, new BigDecimal("5.0588"), "licence totals 2015-2020");
    List<LocalDate> days = weeklyDays(LocalDate.now(clock));
    for (LocalDate day : days) {
      rates.recordRate(day, SGD, CNY, rateOn(day), "demo weekly rate");
    }
    return 2 + days.size();
  }

  /** Every Monday from the first of last year to {@code today}, and {@code today} itself. */
  static List<LocalDate> weeklyDays(LocalDate today) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate day =
        LocalDate.of(today.getYear() - 1, 1, 1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    for (; day.isBefore(today); day = day.plusWeeks(1)) {
      days.add(day);
    }
    days.add(today);
    return days;
  }

  /**
   * The demo's rate of a day: about 5.30 CNY to the Singapore dollar, drifting slowly within about
   * ±0.15, to four places.
   */
  static BigDecimal rateOn(LocalDate day) {
    double t = day.toEpochDay();
    double rate = 5.30 + 0.12 * Math.sin(t / 120.0) + 0.03 * Math.sin(t / 17.0);
    return BigDecimal.valueOf(rate).setScale(4, RoundingMode.HALF_EVEN);
  }
}
