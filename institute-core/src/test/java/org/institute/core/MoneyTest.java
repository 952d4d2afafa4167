package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.institute.core.testing.GeneratedCases;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void roundsHalfDownToEvenCent() {
    assertThat(Money.of("0.125", "SGD").amount()).isEqualByComparingTo("0.12");
  }

  @Test
  void roundsHalfUpToEvenCent() {
    assertThat(Money.of("0.135", "SGD").amount()).isEqualByComparingTo("0.14");
  }

  @Test
  void amountAlwaysHasTwoDecimalPlaces() {
    assertThat(Money.of("7", "CNY").amount().scale()).isEqualTo(2);
  }

  @Test
  void multiplicationRoundsHalfEven() {
    assertThat(Money.of("0.25", "SGD").times(new BigDecimal("0.5")).amount())
        .isEqualByComparingTo("0.12");
  }

  @Test
  void addsAndSubtractsInSameCurrency() {
    Money total =
        Money.of("10.10", "SGD").plus(Money.of("0.95", "SGD")).minus(Money.of("1", "SGD"));

    assertThat(total).isEqualTo(Money.of("10.05", "SGD"));
  }

  @Test
  void refusesToAddDifferentCurrenciesNamingBoth() {
    assertThatThrownBy(() -> Money.of("1", "SGD").plus(Money.of("1", "CNY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SGD")
        .hasMessageContaining("CNY");
  }

  @Test
  void refusesToSubtractDifferentCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "SGD").minus(Money.of("1", "CNY")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToCompareDifferentCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "SGD").compareTo(Money.of("1", "CNY")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesUnsupportedCurrency() {
    assertThatThrownBy(() -> Money.of("1", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD");
  }

  @Test
  void refusesUnknownCurrencyCode() {
    assertThatThrownBy(() -> Money.of("1", "XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XYZ");
  }

  @Test
  void refusesNullAmountWithMessage() {
    assertThatThrownBy(() -> Money.of((BigDecimal) null, SGD))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void refusesNullCurrencyWithMessage() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("currency");
  }

  @Test
  void toStringShowsCurrencyAndGroupedAmount() {
    assertThat(Money.of("1700000", "SGD")).hasToString("SGD 1,700,000.00");
  }

  @Test
  void formatShowsCurrencyCode() {
    assertThat(Money.of("8600000", "CNY").format(Locale.US)).isEqualTo("CNY 8,600,000.00");
  }

  @Test
  void formatGroupsByLocale() {
    assertThat(Money.of("1700000", "SGD").format(Locale.GERMANY)).isEqualTo("SGD 1.700.000,00");
  }

  @Test
  void formatShowsNegativeSign() {
    assertThat(Money.of("-1234.5", "SGD").format(Locale.US)).isEqualTo("SGD -1,234.50");
  }

  @Test
  void equalityIgnoresInputScale() {
    Money a = Money.of(new BigDecimal("5"), SGD);
    Money b = Money.of(new BigDecimal("5.000"), SGD);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void sameAmountInDifferentCurrencyIsNotEqual() {
    assertThat(Money.of("5", "SGD")).isNotEqualTo(Money.of("5", "CNY"));
  }

  @Test
  void zeroIsZeroAndNotNegative() {
    Money zero = Money.zero(CNY);

    assertThat(zero.isZero()).isTrue();
    assertThat(zero.isNegative()).isFalse();
  }

  @Test
  void negateFlipsSign() {
    assertThat(Money.of("3.50", "SGD").negate().isNegative()).isTrue();
  }

  @Test
  void allocationGivesLeftoverCentsToEarlierSharesOnTies() {
    assertThat(Money.of("100", "SGD").allocate(1, 1, 1))
        .containsExactly(
            Money.of("33.34", "SGD"), Money.of("33.33", "SGD"), Money.of("33.33", "SGD"));
  }

  @Test
  void allocationGivesLeftoverCentsToLargestRemainders() {
    // Exact shares: 0.0333.., 0.0666..; the second has the larger remainder.
    assertThat(Money.of("0.10", "SGD").allocate(1, 2))
        .containsExactly(Money.of("0.03", "SGD"), Money.of("0.07", "SGD"));
  }

  @Test
  void allocationOfNegativeAmountMirrorsPositive() {
    assertThat(Money.of("-100", "CNY").allocate(1, 1, 1))
        .containsExactly(
            Money.of("-33.34", "CNY"), Money.of("-33.33", "CNY"), Money.of("-33.33", "CNY"));
  }

  @Test
  void allocationRefusesNegativeWeight() {
    assertThatThrownBy(() -> Money.of("1", "SGD").allocate(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allocationRefusesAllZeroWeights() {
    assertThatThrownBy(() -> Money.of("1", "SGD").allocate(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allocationAlwaysSumsExactlyAndStaysWithinOneCentOfProportion() {
    Random random = new Random(20240601L);
    for (int run = 0; run < GeneratedCases.of(10_000); run++) {
      Money money = Money.of(randomAmount(random), random.nextBoolean() ? SGD : CNY);
      List<BigDecimal> weights = randomWeights(random);

      List<Money> shares = money.allocate(weights);

      assertThat(shares).hasSameSizeAs(weights);
      assertThat(sum(shares, money.currency())).isEqualTo(money);
      BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal oneCent = new BigDecimal("0.01");
      for (int i = 0; i < weights.size(); i++) {
        // |share - amount * w / W| <= 0.01, multiplied through by W to stay exact.
        BigDecimal deviation =
            shares
                .get(i)
                .amount()
                .multiply(totalWeight)
                .subtract(money.amount().multiply(weights.get(i)));
        assertThat(deviation.abs()).isLessThanOrEqualTo(oneCent.multiply(totalWeight));
        if (weights.get(i).signum() == 0) {
          assertThat(shares.get(i).isZero()).isTrue();
        }
      }
    }
  }

  private static BigDecimal randomAmount(Random random) {
    if (random.nextInt(20) == 0) {
      return BigDecimal.ZERO;
    }
    long cents =
        switch (random.nextInt(3)) {
          case 0 -> random.nextInt(100);
          case 1 -> random.nextInt(1_000_000);
          default -> random.nextLong() % 1_000_000_000_000_00L;
        };
    return BigDecimal.valueOf(random.nextBoolean() ? cents : -cents, 2);
  }

  private static List<BigDecimal> randomWeights(Random random) {
    int count = 1 + random.nextInt(12);
    List<BigDecimal> weights = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      weights.add(
          random.nextInt(3) == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(4)));
    }
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      weights.set(random.nextInt(count), BigDecimal.ONE);
    }
    return weights;
  }

  private static Money sum(List<Money> shares, Currency currency) {
    return shares.stream().reduce(Money.zero(currency), Money::plus);
  }
}
