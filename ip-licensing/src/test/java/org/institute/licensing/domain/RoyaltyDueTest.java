package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.institute.core.Money;
import org.institute.core.testing.GeneratedCases;
import org.institute.licensing.RoyaltyTier;
import org.junit.jupiter.api.Test;

class RoyaltyDueTest {

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final List<ReportingPeriod> YEAR =
      ReportingPeriod.of(
              LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2020, 6, 2))
          .subList(0, 4);
  private static final RoyaltyRates RATES =
      RoyaltyRates.of(
          new BigDecimal("5"),
          List.of(new RoyaltyTier(new BigDecimal("100000"), new BigDecimal("3"))));

  private static Money sgd(String amount) {
    return Money.of(new BigDecimal(amount), SGD);
  }

  @Test
  void aQuarterThatDoesNotCloseTheYearOwesItsRoyaltyOnly() {
    RoyaltyDue due =
        RoyaltyDue.of(RATES, sgd("50000"), YEAR.get(0), sgd("0"), sgd("0"), sgd("1000"));

    assertThat(due.royalty()).isEqualTo(sgd("50.00"));
    assertThat(due.trueUp().isZero()).isTrue();
    assertThat(due.due()).isEqualTo(sgd("50.00"));
  }

  @Test
  void theLastQuarterTruesUpTheYearsShortfallToTheMinimum() {
    // three quarters owed 1,200.00; the fourth sells 2,000.00 at 5 % = 100.00; minimum 5,000.00
    RoyaltyDue due =
        RoyaltyDue.of(RATES, sgd("5000"), YEAR.get(3), sgd("24000"), sgd("1200"), sgd("2000"));

    assertThat(due.royalty()).isEqualTo(sgd("100.00"));
    assertThat(due.trueUp()).isEqualTo(sgd("3700.00"));
    assertThat(due.due()).isEqualTo(sgd("3800.00"));
  }

  @Test
  void aYearAboveTheMinimumOwesNoTrueUp() {
    RoyaltyDue due =
        RoyaltyDue.of(RATES, sgd("5000"), YEAR.get(3), sgd("150000"), sgd("6500"), sgd("10000"));

    assertThat(due.trueUp().isZero()).isTrue();
    assertThat(due.due()).isEqualTo(sgd("300.00"));
  }

  @Test
  void theLastQuarterTiersOnTheYearsCumulativeSales() {
    RoyaltyDue due =
        RoyaltyDue.of(RATES, sgd("0"), YEAR.get(3), sgd("90000"), sgd("4500"), sgd("20000"));

    // 10,000 at 5 % and 10,000 at 3 %
    assertThat(due.royalty()).isEqualTo(sgd("800.00"));
  }

  /**
   * A licence year of four quarters with generated rates, minimum and sales, reported in order:
   * each quarter's due is its slices plus its true-up to the cent; the year's dues reach at least
   * the minimum; and when the royalties fall short the year's dues are exactly the minimum.
   */
  @Test
  void overManyYearsTheDuesAreTheSlicesPlusTheTrueUpAndReachTheMinimum() {
    Random random = new Random(61_000_000L);
    for (int run = 0; run < GeneratedCases.of(3_000); run++) {
      RoyaltyRates rates = RoyaltyRatesTest.randomRates(random);
      Money minimum = Money.of(BigDecimal.valueOf(random.nextInt(50_000_00), 2), SGD);
      Money sold = Money.zero(SGD);
      Money royalties = Money.zero(SGD);
      Money dues = Money.zero(SGD);
      for (ReportingPeriod quarter : YEAR) {
        Money sales = Money.of(RoyaltyRatesTest.randomMoney(random, 100_000_000L).amount(), SGD);

        RoyaltyDue due = RoyaltyDue.of(rates, minimum, quarter, sold, royalties, sales);

        Money slices = Money.zero(SGD);
        for (RoyaltyRates.Slice slice : due.slices()) {
          slices = slices.plus(slice.royalty());
        }
        assertThat(due.royalty()).as("run %d", run).isEqualTo(slices);
        assertThat(due.due()).isEqualTo(slices.plus(due.trueUp()));
        assertThat(due.trueUp().isNegative()).isFalse();
        if (!quarter.closesYear()) {
          assertThat(due.trueUp().isZero()).isTrue();
        }
        sold = sold.plus(sales);
        royalties = royalties.plus(due.royalty());
        dues = dues.plus(due.due());
      }
      assertThat(dues.compareTo(minimum)).as("run %d", run).isGreaterThanOrEqualTo(0);
      if (royalties.compareTo(minimum) < 0) {
        assertThat(dues).as("run %d", run).isEqualTo(minimum);
      } else {
        assertThat(dues).isEqualTo(royalties);
      }
    }
  }
}
