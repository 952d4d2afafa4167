package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.ADMIN;
import static org.institute.licensing.domain.Deals.ADMIN2;
import static org.institute.licensing.domain.Deals.NOW;
import static org.institute.licensing.domain.Deals.NTU_STAFF;
import static org.institute.licensing.domain.Deals.SUBMITTED_ON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.NamedRoleNeed;
import org.institute.licensing.NewApprovalPolicy;
import org.institute.licensing.NewApproverRole;
import org.junit.jupiter.api.Test;

/** Named approver roles in rules, their check and a deal's review (decision 0108). */
class NamedApproverRolesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final Actor COUNSEL = Actor.admin("counsel").holding(Set.of("legal-counsel"));

  private static ApprovalRuleTerms exclusiveWithCounsel(int admins, String... roles) {
    return new ApprovalRuleTerms(
        "Exclusive",
        null,
        Exclusivity.EXCLUSIVE,
        null,
        null,
        null,
        null,
        admins,
        true,
        false,
        List.of(roles));
  }

  private static NamedRoleNeed pending(String code) {
    return new NamedRoleNeed(code, null, null, false, null);
  }

  private static LicenceDeal submitted(ApprovalNeeds needs) {
    LicenceDeal deal = Deals.ntuOnlyDraft();
    deal.submit(NTU_STAFF, needs, SUBMITTED_ON, NOW, null);
    return deal;
  }

  private static ApprovalNeeds needs(int admins, String... roles) {
    return new ApprovalNeeds(
        3,
        "Exclusive",
        admins,
        true,
        false,
        java.util.Arrays.stream(roles).map(NamedApproverRolesTest::pending).toList());
  }

  @Test
  void aRuleThatAppliesPassesItsNamedRolesOnToTheDealsNeeds() {
    ApprovalPolicyVersion version =
        ApprovalPolicyVersion.of(
            3,
            new NewApprovalPolicy(
                TODAY, null, List.of(exclusiveWithCounsel(1, "legal-counsel", "finance"))),
            "admin",
            Instant.EPOCH);
    DealFacts exclusive =
        new DealFacts(
            Money.of("1000", "SGD"),
            sgd -> java.util.Optional.of(sgd),
            Exclusivity.EXCLUSIVE,
            "World",
            "Any",
            false,
            "SG");

    ApprovalNeeds decided = version.needsOf(exclusive);

    assertThat(decided.namedRoles()).containsExactly(pending("legal-counsel"), pending("finance"));
    assertThat(version.rules().get(0).namedRoles()).containsExactly("legal-counsel", "finance");
  }

  @Test
  void savingARuleWhoseRoleIsUnknownOrHasNoEnabledHolderIsRefusedBesideItsField() {
    NewApprovalPolicy policy =
        new NewApprovalPolicy(
            TODAY,
            null,
            List.of(exclusiveWithCounsel(1, "legal-counsel"), exclusiveRuleNamed("finance")));

    assertThat(
            ApprovalPolicyCheck.violations(
                    policy, TODAY, 2, Map.of("legal-counsel", Set.of(), "other", Set.of("a")))
                .stream()
                .map(v -> v.field() + ":" + v.messageKey()))
        .containsExactly(
            "rules[0].namedRoles:licensing.approvalPolicy.role.noHolder",
            "rules[1].namedRoles:licensing.approvalPolicy.role.unknown");
    assertThat(
            ApprovalPolicyCheck.violations(
                policy,
                TODAY,
                2,
                Map.of("legal-counsel", Set.of("counsel"), "finance", Set.of("cfo"))))
        .isEmpty();
  }

  private static ApprovalRuleTerms exclusiveRuleNamed(String role) {
    return new ApprovalRuleTerms(
        "Sole", null, Exclusivity.SOLE, null, null, null, null, 1, true, false, List.of(role));
  }

  @Test
  void aHoldersApprovalMeetsTheRoleAndCountsTowardTheAdminApprovals() {
    LicenceDeal deal = submitted(needs(1, "legal-counsel"));

    deal.approve(COUNSEL, NOW, null, null);

    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
    assertThat(deal.review().needs().orElseThrow().namedRoles())
        .containsExactly(new NamedRoleNeed("legal-counsel", null, null, true, "counsel"));
  }

  @Test
  void enoughApprovalsByNonHoldersLeaveTheDealWaitingForTheRoleAndFurtherNonHoldersRefused() {
    LicenceDeal deal = submitted(needs(1, "legal-counsel"));

    deal.approve(ADMIN, NOW, null, null);

    assertThat(deal.state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(deal.review().needs().orElseThrow().pendingNamedRoles())
        .containsExactly(pending("legal-counsel"));
    assertThat(DealPolicy.allowed(ADMIN2, deal)).doesNotContain(DealAction.APPROVE);
    assertThatThrownBy(() -> deal.approve(ADMIN2, NOW, null, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("legal-counsel");
    assertThat(DealPolicy.allowed(COUNSEL, deal)).contains(DealAction.APPROVE);

    deal.approve(COUNSEL, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
    assertThat(deal.review().approvedBy()).containsExactly("admin", "counsel");
  }

  @Test
  void aSoleHolderWhoDraftedTheDealMayNotApproveIt() {
    LicenceDeal deal = LicenceDeal.draft(COUNSEL, Deals.terms("SGD", "1000"), Set.of(1L), NOW);
    deal.submit(ADMIN, needs(1, "legal-counsel"), SUBMITTED_ON, NOW, null);

    assertThat(DealPolicy.allowed(COUNSEL, deal)).doesNotContain(DealAction.APPROVE);
    assertThat(deal.review().needs().orElseThrow().pendingNamedRoles()).hasSize(1);
  }

  @Test
  void aRoleLeftPendingKeepsTheLastAdminApprovalFromNeedingTheCouncilsResolutionYet() {
    ApprovalNeeds council =
        new ApprovalNeeds(3, "Strategic", 1, true, true, List.of(pending("legal-counsel")));
    LicenceDeal deal = submitted(council);

    deal.approve(ADMIN, NOW, null, null);
    assertThatThrownBy(() -> deal.approve(COUNSEL, NOW, null, null))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("councilResolution");

    deal.approve(COUNSEL, NOW, null, "GC 2026/4");
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
  }

  @Test
  void aRoleNeedsACodeAndBothNames() {
    assertThat(
            ApproverRole.violations(new NewApproverRole("Legal Counsel", " ", null), false).stream()
                .map(v -> v.field() + ":" + v.messageKey()))
        .containsExactly(
            "code:licensing.approverRole.code.invalid",
            "name:field.required",
            "nameZh:field.required");
    assertThat(
            ApproverRole.violations(
                    new NewApproverRole("legal-counsel", "Legal counsel", "法律顾问"), true)
                .stream()
                .map(v -> v.field() + ":" + v.messageKey()))
        .containsExactly("code:licensing.approverRole.code.taken");
    ApproverRole role =
        ApproverRole.define(
            new NewApproverRole(" legal-counsel ", "Legal counsel", "法律顾问"), false, "admin", NOW);
    assertThat(role.assignTo("counsel")).isTrue();
    assertThat(role.assignTo("counsel")).isFalse();
    assertThat(role.code()).isEqualTo("legal-counsel");
    assertThat(role.holders()).containsExactly("counsel");
  }
}
