package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.testing.GeneratedCases;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.NewApprovalPolicy;
import org.junit.jupiter.api.Test;

class ApprovalPolicyVersionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static ApprovalRuleTerms rule(String name, BigDecimal above, int admins) {
    return new ApprovalRuleTerms(
        name, above, null, null, null, null, null, admins, true, false, java.util.List.of());
  }

  private static ApprovalPolicyVersion version(int number, ApprovalRuleTerms... rules) {
    return ApprovalPolicyVersion.of(
        number, new NewApprovalPolicy(DAY, null, List.of(rules)), "admin", Instant.EPOCH);
  }

  /** A deal in SGD (or CNY at 5.3 per SGD) with the given facts. */
  private static DealFacts deal(String currency, String value, Exclusivity exclusivity) {
    return new DealFacts(
        Money.of(value, currency),
        sgd ->
            currency.equals("CNY")
                ? Optional.of(
                    Money.of(sgd.amount().multiply(new BigDecimal("5.3")).toPlainString(), "CNY"))
                : Optional.empty(),
        exclusivity,
        "Mainland China and Hong Kong",
        "Electric vehicles",
        true,
        "CN");
  }

  private static DealFacts deal(String value) {
    return deal("SGD", value, Exclusivity.NON_EXCLUSIVE);
  }

  @Test
  void theFirstRuleThatAppliesDecidesAndItsNameAndTheVersionAreKept() {
    ApprovalPolicyVersion v =
        version(
            3,
            rule("Above S$2M", new BigDecimal("2000000"), 3),
            rule("Above S$500k", new BigDecimal("500000"), 2));

    assertThat(v.needsOf(deal("2500000")))
        .isEqualTo(new ApprovalNeeds(3, "Above S$2M", 3, true, false));
    assertThat(v.needsOf(deal("600000")))
        .isEqualTo(new ApprovalNeeds(3, "Above S$500k", 2, true, false));
    assertThat(v.needsOf(deal("500000.00"))).isEqualTo(ApprovalNeeds.byDefault(3));
  }

  @Test
  void aDealNoRuleAppliesToNeedsOneAdminAndTheConsentOfTheCoOwners() {
    assertThat(version(1).needsOf(deal("99999999")))
        .isEqualTo(new ApprovalNeeds(1, null, 1, true, false));
  }

  @Test
  void everyConditionMustHoldAndTextsMatchInAnyCase() {
    ApprovalRuleTerms exclusiveChina =
        new ApprovalRuleTerms(
            "Exclusive in China",
            null,
            Exclusivity.EXCLUSIVE,
            "mainland CHINA",
            "vehicles",
            true,
            "cn",
            2,
            false,
            true,
            java.util.List.of());
    ApprovalPolicyVersion v = version(1, exclusiveChina);

    assertThat(v.needsOf(deal("SGD", "1", Exclusivity.EXCLUSIVE)))
        .isEqualTo(new ApprovalNeeds(1, "Exclusive in China", 2, false, true));
    assertThat(v.needsOf(deal("SGD", "1", Exclusivity.SOLE)).rule()).isNull();

    DealFacts elsewhere =
        new DealFacts(
            Money.of("1", "SGD"),
            sgd -> Optional.empty(),
            Exclusivity.EXCLUSIVE,
            "Singapore",
            "Electric vehicles",
            true,
            "CN");
    DealFacts otherField =
        new DealFacts(
            Money.of("1", "SGD"),
            sgd -> Optional.empty(),
            Exclusivity.EXCLUSIVE,
            "Mainland China",
            "Medical devices",
            true,
            "CN");
    DealFacts oneOwner =
        new DealFacts(
            Money.of("1", "SGD"),
            sgd -> Optional.empty(),
            Exclusivity.EXCLUSIVE,
            "Mainland China",
            "Electric vehicles",
            false,
            "CN");
    DealFacts singaporeLicensee =
        new DealFacts(
            Money.of("1", "SGD"),
            sgd -> Optional.empty(),
            Exclusivity.EXCLUSIVE,
            "Mainland China",
            "Electric vehicles",
            true,
            "SG");
    for (DealFacts other : List.of(elsewhere, otherField, oneOwner, singaporeLicensee)) {
      assertThat(v.needsOf(other)).isEqualTo(ApprovalNeeds.byDefault(1));
    }
  }

  @Test
  void aValueInAnotherCurrencyIsComparedToTheLimitConvertedNotRoundedToSgd() {
    ApprovalPolicyVersion v = version(1, rule("Above S$500k", new BigDecimal("500000"), 2));

    // 500,000 SGD at 5.3 is 2,650,000.00 CNY: that is not above, a cent more is
    assertThat(v.needsOf(deal("CNY", "2650000.00", Exclusivity.SOLE)).adminApprovals())
        .isEqualTo(1);
    assertThat(v.needsOf(deal("CNY", "2650000.01", Exclusivity.SOLE)).adminApprovals())
        .isEqualTo(2);
  }

  @Test
  void aValueRuleOnADayWithoutRateRefusesTheSubmissionButOtherRulesNeedNoRate() {
    DealFacts cny =
        new DealFacts(
            Money.of("10", "CNY"),
            sgd -> Optional.empty(),
            Exclusivity.SOLE,
            "World",
            "Any",
            false,
            "US");

    assertThatThrownBy(() -> version(1, rule("Big", BigDecimal.ONE, 2)).needsOf(cny))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("licensing.deal.noRate");
    ApprovalRuleTerms american =
        new ApprovalRuleTerms(
            "US licensees",
            null,
            null,
            null,
            null,
            null,
            "US",
            2,
            true,
            false,
            java.util.List.of());
    assertThat(version(1, american).needsOf(cny).rule()).isEqualTo("US licensees");
  }

  @Test
  void theBuiltInPolicyAsksTwoAdminsAboveTheConfiguredThreshold() {
    ApprovalPolicyVersion builtIn = ApprovalPolicyVersion.builtIn(new BigDecimal("500000"));

    assertThat(builtIn.number()).isZero();
    assertThat(builtIn.rules())
        .singleElement()
        .extracting(ApprovalRuleTerms::name)
        .isEqualTo("> SGD 500,000");
    assertThat(builtIn.needsOf(deal("500000.00")).adminApprovals()).isEqualTo(1);
    assertThat(builtIn.needsOf(deal("500000.01")))
        .isEqualTo(new ApprovalNeeds(0, "> SGD 500,000", 2, true, false));
  }

  @Test
  void overGeneratedDealsTheNeedsAreThoseOfTheFirstMatchingRuleInOrder() {
    Random random = new Random(1205);
    for (int run = 0; run < GeneratedCases.of(500); run++) {
      BigDecimal low = BigDecimal.valueOf(random.nextInt(1_000_000));
      BigDecimal high = low.add(BigDecimal.valueOf(1 + random.nextInt(1_000_000)));
      ApprovalPolicyVersion v = version(1, rule("high", high, 3), rule("low", low, 2));
      BigDecimal value = BigDecimal.valueOf(random.nextInt(3_000_000), 2).multiply(BigDecimal.TEN);
      int expected = value.compareTo(high) > 0 ? 3 : value.compareTo(low) > 0 ? 2 : 1;
      assertThat(v.needsOf(deal(value.toPlainString())).adminApprovals())
          .as("value %s, limits %s/%s", value, low, high)
          .isEqualTo(expected);
    }
  }

  @Test
  void aSavedVersionKeepsItsRulesNoteAndAuthorAndDropsBlankConditions() {
    ApprovalRuleTerms typed =
        new ApprovalRuleTerms(
            "  Exclusive  ",
            null,
            Exclusivity.EXCLUSIVE,
            " ",
            "",
            null,
            " cn ",
            2,
            false,
            true,
            java.util.List.of());
    ApprovalPolicyVersion v =
        ApprovalPolicyVersion.of(
            4, new NewApprovalPolicy(DAY, "  GC 2026/3  ", List.of(typed)), "admin", Instant.EPOCH);

    assertThat(v.number()).isEqualTo(4);
    assertThat(v.effectiveFrom()).isEqualTo(DAY);
    assertThat(v.note()).isEqualTo("GC 2026/3");
    assertThat(v.savedBy()).isEqualTo("admin");
    assertThat(v.savedAt()).isEqualTo(Instant.EPOCH);
    assertThat(v.rules())
        .containsExactly(
            new ApprovalRuleTerms(
                "Exclusive",
                null,
                Exclusivity.EXCLUSIVE,
                null,
                null,
                null,
                "CN",
                2,
                false,
                true,
                java.util.List.of()));
    assertThat(
            ApprovalPolicyVersion.of(
                    5, new NewApprovalPolicy(DAY, " ", List.of()), "a", Instant.EPOCH)
                .note())
        .isNull();
  }

  @Test
  void aRuleWithoutAnyConditionAppliesToEveryDealAndOneWithAConditionIsNotUnconditional() {
    ApprovalRuleTerms all =
        new ApprovalRuleTerms(
            "All", null, null, " ", null, null, "", 1, true, false, java.util.List.of());
    assertThat(all.unconditional()).isTrue();
    assertThat(version(1, all).needsOf(deal("1")).rule()).isEqualTo("All");
    for (ApprovalRuleTerms one :
        List.of(
            new ApprovalRuleTerms(
                "a",
                BigDecimal.ONE,
                null,
                null,
                null,
                null,
                null,
                1,
                true,
                false,
                java.util.List.of()),
            new ApprovalRuleTerms(
                "b",
                null,
                Exclusivity.SOLE,
                null,
                null,
                null,
                null,
                1,
                true,
                false,
                java.util.List.of()),
            new ApprovalRuleTerms(
                "c", null, null, "x", null, null, null, 1, true, false, java.util.List.of()),
            new ApprovalRuleTerms(
                "d", null, null, null, "x", null, null, 1, true, false, java.util.List.of()),
            new ApprovalRuleTerms(
                "e", null, null, null, null, false, null, 1, true, false, java.util.List.of()),
            new ApprovalRuleTerms(
                "f", null, null, null, null, null, "SG", 1, true, false, java.util.List.of()))) {
      assertThat(one.unconditional()).as(one.name()).isFalse();
    }
  }

  @Test
  void aDealWithoutTerritoryOrFieldMatchesNoTextCondition() {
    DealFacts bare =
        new DealFacts(
            Money.of("1", "SGD"),
            sgd -> Optional.empty(),
            Exclusivity.SOLE,
            null,
            null,
            false,
            null);
    ApprovalPolicyVersion v =
        version(
            1,
            new ApprovalRuleTerms(
                "t", null, null, "China", null, null, null, 2, true, false, java.util.List.of()),
            new ApprovalRuleTerms(
                "f", null, null, null, "Energy", null, null, 2, true, false, java.util.List.of()),
            new ApprovalRuleTerms(
                "c", null, null, null, null, null, "CN", 2, true, false, java.util.List.of()),
            new ApprovalRuleTerms(
                "one owner",
                null,
                null,
                null,
                null,
                false,
                null,
                3,
                true,
                false,
                java.util.List.of()));
    assertThat(v.needsOf(bare).rule()).isEqualTo("one owner");
  }
}
