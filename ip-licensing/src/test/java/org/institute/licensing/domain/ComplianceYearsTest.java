package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.institute.core.testing.GeneratedCases;
import org.institute.licensing.ComplianceView;
import org.junit.jupiter.api.Test;

/** Reported vs invoiced vs paid per year and currency, summed exactly. */
class ComplianceYearsTest {

  @Test
  void sumsEachFigureInItsYearAndCurrency() {
    ComplianceYears years =
        new ComplianceYears()
            .reported(2026, "SGD", new BigDecimal("100.10"))
            .reported(2026, "SGD", new BigDecimal("0.20"))
            .invoiced(2026, "SGD", new BigDecimal("100.30"))
            .invoiced(2026, "SGD", new BigDecimal("-10.00"))
            .paid(2027, "SGD", new BigDecimal("90.30"))
            .reported(2025, "CNY", new BigDecimal("5.00"));

    assertThat(years.rows())
        .containsExactly(
            new ComplianceView.YearRow(
                2025,
                "CNY",
                new BigDecimal("5.00"),
                new BigDecimal("0.00"),
                new BigDecimal("0.00")),
            new ComplianceView.YearRow(
                2026,
                "SGD",
                new BigDecimal("100.30"),
                new BigDecimal("90.30"),
                new BigDecimal("0.00")),
            new ComplianceView.YearRow(
                2027,
                "SGD",
                new BigDecimal("0.00"),
                new BigDecimal("0.00"),
                new BigDecimal("90.30")));
  }

  @Test
  void theYearsAddUpToTheTotalsToTheCent() {
    Random random = new Random(2026);
    ComplianceYears years = new ComplianceYears();
    BigDecimal reported = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    for (int i = 0; i < GeneratedCases.of(2_000); i++) {
      BigDecimal r = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
      BigDecimal p = BigDecimal.valueOf(random.nextInt(100_000_000), 2);
      years.reported(2020 + random.nextInt(7), random.nextBoolean() ? "SGD" : "CNY", r);
      years.paid(2020 + random.nextInt(7), "SGD", p);
      reported = reported.add(r);
      paid = paid.add(p);
    }
    assertThat(
            years.rows().stream()
                .map(ComplianceView.YearRow::reported)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(reported);
    assertThat(
            years.rows().stream()
                .map(ComplianceView.YearRow::paid)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(paid);
  }
}
