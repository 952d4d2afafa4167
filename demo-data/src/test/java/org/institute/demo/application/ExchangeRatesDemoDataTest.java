package org.institute.demo.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRatesDemoDataTest {

  @Test
  void aRateEveryWeekFromLastYearUpToTheDayTheDemoStarts() {
    LocalDate today = LocalDate.of(2026, 12, 5);

    List<LocalDate> days = ExchangeRatesDemoData.weeklyDays(today);

    assertThat(days.get(0)).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(days.get(days.size() - 1)).isEqualTo(today);
    for (int i = 1; i < days.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i))).isBetween(1L, 7L);
    }
    assertThat(days.subList(0, days.size() - 1))
        .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    assertThat(days)
        .doesNotHaveDuplicates()
        .allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(today));
  }

  @Test
  void aDemoStartedOnAMondayHasThatDayOnce() {
    LocalDate monday = LocalDate.of(2027, 3, 1);

    List<LocalDate> days = ExchangeRatesDemoData.weeklyDays(monday);

    assertThat(days).doesNotHaveDuplicates().endsWith(monday);
    assertThat(days.get(0)).isEqualTo(LocalDate.of(2026, 1, 5));
  }

  @Test
  void aDaysRateDependsOnTheDayAloneAndStaysPlausible() {
    for (LocalDate d = LocalDate.of(2025, 1, 1);
        d.isBefore(LocalDate.of(2031, 1, 1));
        d = d.plusDays(3)) {
      BigDecimal rate = ExchangeRatesDemoData.rateOn(d);
      assertThat(rate.scale()).isEqualTo(4);
      assertThat(rate).isBetween(new BigDecimal("5.10"), new BigDecimal("5.50"));
      assertThat(ExchangeRatesDemoData.rateOn(d)).isEqualTo(rate);
    }
  }
}
