package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.institute.core.Money;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RevenueSplitTest {

  @Test
  void oneFamilySplitsByItsShares() {
    RevenueSplit split =
        RevenueSplit.of(List.of(Map.of(1L, new BigDecimal("60"), 2L, new BigDecimal("40"))));
    assertThat(split.split(Money.of("100.01", "SGD")))
        .containsExactly(Money.of("60.01", "SGD"), Money.of("40.00", "SGD"));
    assertThat(split.percents())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("60"), new BigDecimal("40"));
  }

  @Test
  void thirdsAddUpToTheCent() {
    Map<Long, BigDecimal> thirds = new LinkedHashMap<>();
    thirds.put(1L, new BigDecimal("33.3333"));
    thirds.put(2L, new BigDecimal("33.3333"));
    thirds.put(3L, new BigDecimal("33.3334"));
    List<Money> parts = RevenueSplit.of(List.of(thirds)).split(Money.of("100.00", "CNY"));
    assertThat(parts.stream().reduce(Money.zero(parts.get(0).currency()), Money::plus))
        .isEqualTo(Money.of("100.00", "CNY"));
  }

  @Test
  void familiesOfADealCountEqually() {
    RevenueSplit split =
        RevenueSplit.of(
            List.of(
                Map.of(1L, new BigDecimal("100")),
                Map.of(1L, new BigDecimal("50"), 2L, new BigDecimal("50"))));
    assertThat(split.partners()).containsExactly(1L, 2L);
    assertThat(split.split(Money.of("1000", "SGD")))
        .containsExactly(Money.of("750.00", "SGD"), Money.of("250.00", "SGD"));
    assertThat(split.percents())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("75"), new BigDecimal("25"));
  }

  /** Random shares (four decimals, summing to 100) and random amounts: the parts always add up. */
  @RepeatedTest(200)
  void randomSharesAndAmountsAlwaysAddUpExactly() {
    Random random = new Random();
    int owners = 1 + random.nextInt(6);
    List<Integer> cuts = new ArrayList<>();
    int remaining = 1_000_000; // 100.0000 % in ten-thousandths
    Map<Long, BigDecimal> shares = new LinkedHashMap<>();
    for (int i = 0; i < owners - 1 && remaining > owners - i; i++) {
      int cut = 1 + random.nextInt(remaining - (owners - i - 1));
      cuts.add(cut);
      remaining -= cut;
    }
    cuts.add(remaining);
    for (int i = 0; i < cuts.size(); i++) {
      shares.put((long) i + 1, BigDecimal.valueOf(cuts.get(i), 4));
    }
    assertThat(
            SharesCheck.violations(
                shares.entrySet().stream()
                    .map(e -> new org.institute.licensing.Share(e.getKey(), e.getValue()))
                    .toList()))
        .isEmpty();
    Money amount =
        Money.of(
            BigDecimal.valueOf(1 + random.nextLong(10_000_000_000L), 2),
            java.util.Currency.getInstance(random.nextBoolean() ? "SGD" : "CNY"));

    List<Money> parts = RevenueSplit.of(List.of(shares)).split(amount);

    assertThat(parts).hasSize(cuts.size());
    assertThat(parts.stream().reduce(Money.zero(amount.currency()), Money::plus)).isEqualTo(amount);
    assertThat(parts).allSatisfy(p -> assertThat(p.isNegative()).isFalse());
  }
}
