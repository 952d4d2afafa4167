package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.institute.core.Money;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

  private final ApprovalPolicy policy = new ApprovalPolicy(Money.of("500000", "SGD"));

  @Test
  void atTheThresholdOneAdminSuffices() {
    assertThat(policy.requiredApprovals(Money.of("500000.00", "SGD"), Money.of("500000", "SGD")))
        .isEqualTo(1);
  }

  @Test
  void aCentAboveTheThresholdNeedsTwoAdmins() {
    assertThat(policy.requiredApprovals(Money.of("500000.01", "SGD"), Money.of("500000", "SGD")))
        .isEqualTo(2);
  }

  @Test
  void cnyDealIsComparedWithTheThresholdsCnyEquivalent() {
    Money equivalent = Money.of("2529400.00", "CNY"); // S$500,000 at 5.0588
    assertThat(policy.requiredApprovals(Money.of("2529400.00", "CNY"), equivalent)).isEqualTo(1);
    assertThat(policy.requiredApprovals(Money.of("2529400.01", "CNY"), equivalent)).isEqualTo(2);
  }

  @Test
  void comparingAcrossCurrenciesIsABug() {
    assertThatThrownBy(() -> policy.requiredApprovals(Money.of("1", "CNY"), Money.of("1", "SGD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thresholdMustBeSgd() {
    assertThatThrownBy(() -> new ApprovalPolicy(Money.of("1", "CNY")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
