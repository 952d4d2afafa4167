package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ConversionTest {

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  private static Conversion at(LocalDate rateDate, LocalDate on) {
    return new Conversion(
        Money.of(new BigDecimal("100.00"), SGD),
        Money.of(new BigDecimal("491.80"), CNY),
        new BigDecimal("4.9180"),
        on,
        rateDate);
  }

  @Test
  void aRateOfUpToAWeekBeforeStandsForTheDay() {
    LocalDate on = LocalDate.of(2026, 3, 16);
    assertThat(at(on, on).staleRate()).isFalse();
    assertThat(at(on.minusDays(7), on).staleRate()).as("a week: a holiday or a weekend").isFalse();
    assertThat(at(on.minusDays(7), on).usedEarlierRate()).isTrue();
  }

  @Test
  void anOlderRateIsStaleAndSaysSo() {
    LocalDate on = LocalDate.of(2026, 3, 16);
    assertThat(at(on.minusDays(8), on).staleRate()).isTrue();
    // the defect found in the portal: a 2026 payment at the rate of 2020
    assertThat(Conversion.staleRate(LocalDate.of(2020, 12, 8), on)).isTrue();
    assertThat(Conversion.staleRate(on.minusDays(Conversion.STALE_AFTER_DAYS), on)).isFalse();
  }
}
