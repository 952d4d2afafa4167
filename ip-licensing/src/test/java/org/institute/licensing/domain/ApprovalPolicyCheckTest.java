package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.NewApprovalPolicy;
import org.junit.jupiter.api.Test;

class ApprovalPolicyCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static ApprovalRuleTerms rule(String name, BigDecimal above, int admins) {
    return rule(name, above, admins, java.util.List.of());
  }

  private static ApprovalRuleTerms rule(
      String name, BigDecimal above, int admins, List<String> namedRoles) {
    return new ApprovalRuleTerms(
        name, above, null, null, null, null, null, admins, true, false, namedRoles);
  }

  private static List<String> problems(NewApprovalPolicy policy, int admins) {
    return ApprovalPolicyCheck.violations(policy, TODAY, admins).stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  private static NewApprovalPolicy from(LocalDate day, ApprovalRuleTerms... rules) {
    return new NewApprovalPolicy(day, null, Arrays.asList(rules));
  }

  @Test
  void aSoundPolicyFromTodayOrLaterPasses() {
    assertThat(problems(from(TODAY, rule("Big", new BigDecimal("500000"), 2)), 2)).isEmpty();
    assertThat(problems(from(TODAY.plusDays(1)), 1)).isEmpty();
  }

  @Test
  void aPolicyIsInForceFromTodayOrLaterNeverBefore() {
    assertThat(problems(from(TODAY.minusDays(1)), 2))
        .containsExactly("effectiveFrom:licensing.approvalPolicy.effectiveFrom.past");
    assertThat(problems(from(null), 2)).containsExactly("effectiveFrom:field.required");
  }

  @Test
  void aRuleAskingMoreApprovalsThanThereAreAdminsIsRefusedBesideItsField() {
    assertThat(problems(from(TODAY, rule("Big", BigDecimal.ONE, 3)), 2))
        .containsExactly("rules[0].adminApprovals:licensing.approvalPolicy.approvals.noApprover");
    assertThat(problems(from(TODAY, rule("None", BigDecimal.ONE, 0)), 9))
        .containsExactly("rules[0].adminApprovals:licensing.approvalPolicy.approvals.range");
    assertThat(problems(from(TODAY, rule("Many", BigDecimal.ONE, 6)), 9))
        .containsExactly("rules[0].adminApprovals:licensing.approvalPolicy.approvals.range");
  }

  @Test
  void aRuleAfterOneWithoutConditionsCanNeverApplyAndIsRefused() {
    assertThat(problems(from(TODAY, rule("All", null, 1), rule("Big", BigDecimal.TEN, 2)), 2))
        .containsExactly("rules[1].name:licensing.approvalPolicy.rule.unreachable");
  }

  @Test
  void everyProblemOfEveryRuleIsNamedAtOnce() {
    ApprovalRuleTerms bad =
        new ApprovalRuleTerms(
            " ",
            new BigDecimal("-1"),
            Exclusivity.SOLE,
            "t".repeat(121),
            "f".repeat(121),
            null,
            "XX",
            1,
            true,
            false,
            java.util.List.of());
    ApprovalRuleTerms sameName = rule("Big", new BigDecimal("1.005"), 1);
    NewApprovalPolicy policy =
        new NewApprovalPolicy(
            TODAY, "n".repeat(501), List.of(rule("big", BigDecimal.ONE, 1), bad, sameName));

    assertThat(problems(policy, 2))
        .containsExactly(
            "note:field.tooLong",
            "rules[1].name:field.required",
            "rules[1].aboveValueSgd:licensing.approvalPolicy.value.invalid",
            "rules[1].territory:field.tooLong",
            "rules[1].fieldOfUse:field.tooLong",
            "rules[1].licenseeCountry:licensing.approvalPolicy.country.invalid",
            "rules[2].name:licensing.approvalPolicy.name.duplicate",
            "rules[2].aboveValueSgd:licensing.approvalPolicy.value.invalid");
  }

  @Test
  void atMostTwentyRulesAndAMissingRuleIsNamed() {
    List<ApprovalRuleTerms> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(rule("Rule " + i, BigDecimal.valueOf(i), 1));
    }
    assertThat(problems(new NewApprovalPolicy(TODAY, null, many), 2))
        .containsExactly("rules:field.tooMany");
    assertThat(problems(new NewApprovalPolicy(TODAY, null, Collections.singletonList(null)), 2))
        .containsExactly("rules[0]:field.required");
  }

  @Test
  void requireThrowsWithEveryProblem() {
    assertThatThrownBy(
            () ->
                ApprovalPolicyCheck.require(from(TODAY.minusDays(1), rule("", null, 9)), TODAY, 2))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .extracting(Violation::field)
                    .containsExactly("effectiveFrom", "rules[0].name", "rules[0].adminApprovals"));
  }

  /** Each limit holds exactly at its edge: the most a policy may hold passes. */
  @Test
  void everyLimitIsExactAtItsEdge() {
    List<String> roles = List.of("r1", "r2", "r3", "r4", "r5");
    java.util.Map<String, java.util.Set<String>> holders = new java.util.HashMap<>();
    roles.forEach(r -> holders.put(r, java.util.Set.of("ip.office")));
    List<ApprovalRuleTerms> rules = new ArrayList<>();
    rules.add(
        new ApprovalRuleTerms(
            "n".repeat(120),
            new BigDecimal("0.01"),
            null,
            "t".repeat(120),
            "f".repeat(120),
            null,
            null,
            ApprovalPolicyCheck.MAX_APPROVALS,
            true,
            false,
            roles));
    rules.add(rule("Nothing above zero", BigDecimal.ZERO, 1));
    for (int i = rules.size(); i < ApprovalPolicyVersion.MAX_RULES; i++) {
      rules.add(rule("Above " + i, BigDecimal.valueOf(i * 1000L), 1));
    }
    NewApprovalPolicy most = new NewApprovalPolicy(TODAY, " " + "x".repeat(500) + " ", rules);
    assertThat(
            ApprovalPolicyCheck.violations(most, TODAY, ApprovalPolicyCheck.MAX_APPROVALS, holders))
        .isEmpty();

    List<ApprovalRuleTerms> oneMore = new ArrayList<>(rules);
    oneMore.add(rule("One more", BigDecimal.ONE, 1));
    assertThat(
            ApprovalPolicyCheck.violations(
                new NewApprovalPolicy(TODAY, "x".repeat(501), oneMore),
                TODAY,
                ApprovalPolicyCheck.MAX_APPROVALS,
                holders))
        .extracting(v -> v.field() + ":" + v.messageKey())
        .containsExactly("note:field.tooLong", "rules:field.tooMany");
    ApprovalRuleTerms sixRoles =
        rule("Six roles", BigDecimal.ONE, 1, List.of("r1", "r2", "r3", "r4", "r5", "r6"));
    assertThat(ApprovalPolicyCheck.violations(from(TODAY, sixRoles), TODAY, 1, holders))
        .extracting(v -> v.field() + ":" + v.messageKey())
        .containsExactly("rules[0].namedRoles:field.tooMany");
  }
}
