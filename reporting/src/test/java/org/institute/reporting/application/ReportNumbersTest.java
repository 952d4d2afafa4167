package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportNumbersTest {

  @Test
  void amountsHaveGroupedThousandsAndTwoDecimals() {
    assertThat(ReportNumbers.text(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
    assertThat(ReportNumbers.text(new BigDecimal("0"))).isEqualTo("0.00");
  }

  @Test
  void countsHaveGroupedThousandsAndNoDecimals() {
    assertThat(ReportNumbers.text(1234567L)).isEqualTo("1,234,567");
    assertThat(ReportNumbers.text(4500)).isEqualTo("4,500");
  }

  @Test
  void nothingIsEmptyAndAnythingElseItsOwnText() {
    assertThat(ReportNumbers.text(null)).isEmpty();
    assertThat(ReportNumbers.text(LocalDate.of(2023, 12, 31))).isEqualTo("2023-12-31");
    assertThat(ReportNumbers.text("SGD")).isEqualTo("SGD");
  }
}
