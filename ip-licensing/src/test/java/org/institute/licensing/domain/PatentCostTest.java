package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.core.Conversion;
import org.institute.core.Money;
import org.institute.licensing.CostKind;
import org.junit.jupiter.api.Test;

class PatentCostTest {

  private static final LocalDate DAY = LocalDate.of(2024, 4, 8);

  private static Conversion conversion(Money from, Money to) {
    return new Conversion(from, to, new BigDecimal("5.3"), DAY, DAY.minusDays(2));
  }

  @Test
  void anSgdCostKeepsItsAmountAsSgdAndTheConversionAsCny() {
    Money sgd = Money.of("100.00", "SGD");
    PatentCost cost =
        new PatentCost(
            7,
            CostKind.FILING,
            1,
            DAY,
            sgd,
            conversion(sgd, Money.of("530.00", "CNY")),
            "  INV-1 ",
            "admin",
            Instant.EPOCH);

    assertThat(cost.amountSgd()).isEqualByComparingTo("100.00");
    assertThat(cost.amountCny()).isEqualByComparingTo("530.00");
    assertThat(cost.currency()).isEqualTo("SGD");
    assertThat(cost.rateDate()).isEqualTo(DAY.minusDays(2));
    assertThat(cost.note()).isEqualTo("INV-1");
    assertThat(cost.familyId()).isEqualTo(7);
    assertThat(cost.paidBy()).isEqualTo(1);
    assertThat(cost.kind()).isEqualTo(CostKind.FILING);
    assertThat(cost.incurredOn()).isEqualTo(DAY);
    assertThat(cost.recordedBy()).isEqualTo("admin");
  }

  @Test
  void aCnyCostKeepsItsAmountAsCnyAndTheConversionAsSgdAndABlankNoteAsNone() {
    Money cny = Money.of("530.00", "CNY");
    PatentCost cost =
        new PatentCost(
            7,
            CostKind.LEGAL,
            2,
            DAY,
            cny,
            conversion(cny, Money.of("100.00", "SGD")),
            " ",
            "admin",
            Instant.EPOCH);

    assertThat(cost.amountCny()).isEqualByComparingTo("530.00");
    assertThat(cost.amountSgd()).isEqualByComparingTo("100.00");
    assertThat(cost.amount()).isEqualByComparingTo("530.00");
    assertThat(cost.note()).isNull();
  }

  @Test
  void aConversionOfAnotherAmountIsAProgrammingError() {
    Money sgd = Money.of("100.00", "SGD");
    Money other = Money.of("99.00", "SGD");
    assertThatThrownBy(
            () ->
                new PatentCost(
                    7,
                    CostKind.FILING,
                    1,
                    DAY,
                    sgd,
                    conversion(other, Money.of("1", "CNY")),
                    null,
                    "a",
                    Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
