package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.institute.core.Money;
import org.institute.core.testing.GeneratedCases;
import org.institute.licensing.RoyaltyTier;
import org.junit.jupiter.api.Test;

class RoyaltyRatesTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  /** 5 % to 1,000,000, 4 % to 5,000,000, 3 % above. */
  private static final RoyaltyRates STEPPED =
      RoyaltyRates.of(
          new BigDecimal("5"),
          List.of(
              new RoyaltyTier(new BigDecimal("1000000"), new BigDecimal("4")),
              new RoyaltyTier(new BigDecimal("5000000"), new BigDecimal("3"))));

  @Test
  void salesWithinTheFirstTierPayTheBaseRate() {
    List<RoyaltyRates.Slice> slices = STEPPED.slices(cny("0"), cny("200000"));

    assertThat(slices).hasSize(1);
    assertThat(slices.get(0).royalty()).isEqualTo(cny("10000.00"));
  }

  @Test
  void salesCrossingTwoThresholdsAreCutAtEach() {
    List<RoyaltyRates.Slice> slices = STEPPED.slices(cny("900000"), cny("4200000"));

    assertThat(slices)
        .extracting(s -> s.sales().amount().toPlainString())
        .containsExactly("100000.00", "4000000.00", "100000.00");
    assertThat(slices)
        .extracting(s -> s.royalty().amount().toPlainString())
        .containsExactly("5000.00", "160000.00", "3000.00");
  }

  @Test
  void salesAfterTheYearPassedATierPayThatTiersRate() {
    List<RoyaltyRates.Slice> slices = STEPPED.slices(cny("6000000"), cny("1000"));

    assertThat(slices)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ratePercent()).isEqualByComparingTo("3");
              assertThat(s.royalty()).isEqualTo(cny("30.00"));
            });
  }

  @Test
  void noSalesGiveOneEmptySliceAtTheRateInForce() {
    List<RoyaltyRates.Slice> slices = STEPPED.slices(cny("1500000"), cny("0"));

    assertThat(slices)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ratePercent()).isEqualByComparingTo("4");
              assertThat(s.royalty().isZero()).isTrue();
            });
  }

  @Test
  void eachSliceIsRoundedToTheCentHalfEven() {
    RoyaltyRates rates = RoyaltyRates.of(new BigDecimal("2.5"), List.of());

    // 0.10 x 2.5 % = 0.0025, half-even to 0.00; 0.30 x 2.5 % = 0.0075, to 0.01
    assertThat(rates.slices(cny("0"), cny("0.10")).get(0).royalty()).isEqualTo(cny("0.00"));
    assertThat(rates.slices(cny("0"), cny("0.30")).get(0).royalty()).isEqualTo(cny("0.01"));
  }

  @Test
  void tiersThatDoNotAscendAreRefused() {
    assertThatThrownBy(
            () ->
                RoyaltyRates.of(
                    BigDecimal.ONE,
                    List.of(
                        new RoyaltyTier(new BigDecimal("100"), BigDecimal.ONE),
                        new RoyaltyTier(new BigDecimal("100"), BigDecimal.TEN))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeSalesAreRefused() {
    assertThatThrownBy(() -> STEPPED.slices(cny("0"), cny("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Over many generated rate schedules and periods: the slices cover exactly the period's net
   * sales, each slice's royalty is its sales at its rate to the cent, the slices follow the
   * schedule's steps in order, and the period's royalty (their sum) never differs from the sales
   * taxed slice by slice at exact rates by more than half a cent per slice.
   */
  @Test
  void slicesAlwaysAddUpToTheSalesAndTheRoyaltyToTheCent() {
    Random random = new Random(20201208L);
    for (int run = 0; run < GeneratedCases.of(5_000); run++) {
      RoyaltyRates rates = randomRates(random);
      Money before = randomMoney(random, 3_000_000_00L);
      Money sales = randomMoney(random, 4_000_000_00L);

      List<RoyaltyRates.Slice> slices = rates.slices(before, sales);

      Money coveredSales = Money.zero(CNY);
      Money royalty = Money.zero(CNY);
      BigDecimal exact = BigDecimal.ZERO;
      BigDecimal lastFrom = BigDecimal.valueOf(-1);
      for (RoyaltyRates.Slice slice : slices) {
        assertThat(slice.fromNetSales()).isGreaterThan(lastFrom);
        lastFrom = slice.fromNetSales();
        BigDecimal exactSlice =
            slice.sales().amount().multiply(slice.ratePercent()).movePointLeft(2);
        assertThat(slice.royalty().amount().subtract(exactSlice).abs())
            .isLessThanOrEqualTo(new BigDecimal("0.005"));
        coveredSales = coveredSales.plus(slice.sales());
        royalty = royalty.plus(slice.royalty());
        exact = exact.add(exactSlice);
      }
      assertThat(coveredSales).as("run %d", run).isEqualTo(sales);
      assertThat(royalty.amount().subtract(exact).abs())
          .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(slices.size())));
      // whole-year consistency: the sales after this period start at the rate the slices ended on
      RoyaltyRates.Slice last = slices.get(slices.size() - 1);
      RoyaltyRates.Slice next = rates.slices(before.plus(sales), cny("0")).get(0);
      if (!sales.isZero()) {
        assertThat(next.ratePercent())
            .as("run %d", run)
            .isEqualByComparingTo(rateAt(rates, before.plus(sales).amount()));
        assertThat(last.ratePercent())
            .isEqualByComparingTo(rateBelow(rates, before.plus(sales).amount()));
      }
    }
  }

  /** The rate of the step whose range holds the sales figure {@code at}. */
  private static BigDecimal rateAt(RoyaltyRates rates, BigDecimal at) {
    BigDecimal rate = null;
    for (RoyaltyTier step : rates.steps()) {
      if (step.fromNetSales().compareTo(at) <= 0) {
        rate = step.ratePercent();
      }
    }
    return rate;
  }

  /** The rate of the step that sold the last cent before {@code at}. */
  private static BigDecimal rateBelow(RoyaltyRates rates, BigDecimal at) {
    BigDecimal rate = null;
    for (RoyaltyTier step : rates.steps()) {
      if (step.fromNetSales().compareTo(at) < 0) {
        rate = step.ratePercent();
      }
    }
    return rate;
  }

  static RoyaltyRates randomRates(Random random) {
    List<RoyaltyTier> tiers = new ArrayList<>();
    long from = 0;
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      from += 1 + random.nextInt(200_000_000);
      tiers.add(new RoyaltyTier(BigDecimal.valueOf(from, 2), randomRate(random)));
    }
    return RoyaltyRates.of(randomRate(random), tiers);
  }

  static BigDecimal randomRate(Random random) {
    return BigDecimal.valueOf(random.nextInt(200_001), 4); // 0 to 20.0000 %
  }

  static Money randomMoney(Random random, long maxCents) {
    long cents = random.nextInt(10) == 0 ? 0 : Math.floorMod(random.nextLong(), maxCents);
    return Money.of(BigDecimal.valueOf(cents, 2), CNY);
  }
}
