package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void outstandingAmountsFallIntoTheBucketOfTheirDaysPastDue() {
    Ageing a =
        Ageing.none()
            .plus(TODAY.plusDays(1), new BigDecimal("1.00"), TODAY)
            .plus(TODAY, new BigDecimal("2.00"), TODAY)
            .plus(TODAY.minusDays(30), new BigDecimal("4.00"), TODAY)
            .plus(TODAY.minusDays(31), new BigDecimal("8.00"), TODAY)
            .plus(TODAY.minusDays(60), new BigDecimal("16.00"), TODAY)
            .plus(TODAY.minusDays(61), new BigDecimal("32.00"), TODAY)
            .plus(TODAY.minusDays(90), new BigDecimal("64.00"), TODAY)
            .plus(TODAY.minusDays(91), new BigDecimal("128.00"), TODAY)
            .plus(TODAY.minusDays(400), BigDecimal.ZERO, TODAY);

    assertThat(a.notDue()).isEqualByComparingTo("1");
    assertThat(a.upTo30()).isEqualByComparingTo("6");
    assertThat(a.upTo60()).isEqualByComparingTo("24");
    assertThat(a.upTo90()).isEqualByComparingTo("96");
    assertThat(a.over90()).isEqualByComparingTo("128");
    assertThat(a.total()).isEqualByComparingTo("255");
  }
}
