package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.licensing.CostKind;
import org.institute.licensing.NewPatentCost;
import org.junit.jupiter.api.Test;

class PatentCostCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final Set<Long> OWNERS = Set.of(1L, 2L);

  private static List<String> problems(NewPatentCost cost) {
    return PatentCostCheck.violations(cost, OWNERS, TODAY).stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  private static NewPatentCost cost(Long payer, LocalDate on, String amount, String currency) {
    return new NewPatentCost(
        CostKind.FILING, payer, on, amount == null ? null : new BigDecimal(amount), currency, null);
  }

  @Test
  void aCostPaidByAnOwnerOnOrBeforeTodayInSgdOrCnyPasses() {
    assertThat(problems(cost(1L, TODAY, "1200.50", "SGD"))).isEmpty();
    assertThat(problems(cost(2L, TODAY.minusYears(3), "0.01", "CNY"))).isEmpty();
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    NewPatentCost bad =
        new NewPatentCost(
            null, 3L, TODAY.plusDays(1), new BigDecimal("-5"), "USD", "n".repeat(501));
    assertThat(problems(bad))
        .containsExactly(
            "kind:field.required",
            "paidBy:licensing.cost.paidBy.notOwner",
            "incurredOn:licensing.cost.incurredOn.future",
            "amount:licensing.cost.amount.invalid",
            "currency:licensing.cost.currency.invalid",
            "note:field.tooLong");
    assertThat(problems(new NewPatentCost(null, null, null, null, null, null)))
        .containsExactly(
            "kind:field.required",
            "paidBy:field.required",
            "incurredOn:field.required",
            "amount:field.required",
            "currency:field.required");
    assertThat(problems(null)).containsExactly("null:request.bodyRequired");
  }

  @Test
  void anAmountIsPositiveBelowTenBillionWithAtMostTwoDecimals() {
    assertThat(problems(cost(1L, TODAY, "0", "SGD")))
        .containsExactly("amount:licensing.cost.amount.invalid");
    assertThat(problems(cost(1L, TODAY, "1.005", "SGD")))
        .containsExactly("amount:licensing.cost.amount.invalid");
    assertThat(problems(cost(1L, TODAY, "10000000000", "SGD")))
        .containsExactly("amount:licensing.cost.amount.invalid");
    assertThat(problems(cost(1L, TODAY, "9999999999.99", "SGD"))).isEmpty();
    assertThat(problems(cost(1L, TODAY, "12.50", "SGD"))).isEmpty();
  }
}
