package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.NamedRoleNeed;
import org.institute.licensing.NewApprovalPolicy;
import org.institute.licensing.NewApproverRole;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/** Named approver roles from their definition to a deal's approval (decision 0108). */
class ApproverRoleServiceTest {

  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);
  private static final NewApproverRole COUNSEL =
      new NewApproverRole("legal-counsel", "Legal counsel", "法律顾问");

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);

  ApproverRoleServiceTest() {
    fixture.families.register(
        13, LocalDate.of(2019, 1, 1), new Share(Deals.NTU, new BigDecimal("100")));
    fixture.accounts.admin("counsel");
  }

  private static ApprovalRuleTerms exclusiveNeedsCounsel() {
    return new ApprovalRuleTerms(
        "Exclusive",
        null,
        Exclusivity.EXCLUSIVE,
        null,
        null,
        null,
        null,
        1,
        true,
        false,
        List.of("legal-counsel"));
  }

  private static DealTerms exclusive() {
    return new DealTerms(
        "Solid-state battery electrolyte",
        null,
        Deals.LICENSEE,
        List.of(13L),
        "Electric vehicles",
        "Mainland China",
        Exclusivity.EXCLUSIVE,
        Deals.TERM_START,
        Deals.TERM_END,
        "SGD",
        new BigDecimal("1000"),
        new BigDecimal("3.5"),
        BigDecimal.ZERO,
        List.<MilestoneTerm>of(),
        null,
        null);
  }

  @Test
  void anAdminDefinesAndAssignsARoleAndBothAreAudited() {
    fixture.approverRoles(admin()).create(COUNSEL);
    var role = fixture.approverRoles(admin()).assign("legal-counsel", "counsel");

    assertThat(role.holders()).containsExactly("counsel");
    assertThat(role.name("zh-CN")).isEqualTo("法律顾问");
    assertThat(fixture.audit.entries)
        .anySatisfy(
            e -> assertThat(e).startsWith("APPROVER_ROLE_CREATED ApproverRole legal-counsel"))
        .anySatisfy(
            e -> assertThat(e).contains("APPROVER_ROLE_ASSIGNED").contains("given to counsel"));
    assertThat(fixture.approverRoles(admin()).roles()).hasSize(1);
  }

  @Test
  void onlyEnabledAdminsHoldARoleAndOnlyAdminsManageThem() {
    fixture.approverRoles(admin()).create(COUNSEL);

    assertThat(problems(() -> fixture.approverRoles(admin()).assign("legal-counsel", "ntu.staff")))
        .containsExactly("username:licensing.approverRole.holder.notAdmin");
    assertThat(problems(() -> fixture.approverRoles(admin()).create(COUNSEL)))
        .containsExactly("code:licensing.approverRole.code.taken");
    assertThatThrownBy(() -> fixture.approverRoles(NTU).roles())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.approverRoles(NTU).create(COUNSEL))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aPolicyNamingARoleWithoutHolderIsRefusedUntilAnAdminHoldsIt() {
    fixture.approverRoles(admin()).create(COUNSEL);
    NewApprovalPolicy policy = new NewApprovalPolicy(TODAY, null, List.of(exclusiveNeedsCounsel()));

    assertThat(problems(() -> fixture.approvalPolicies(admin()).save(policy)))
        .containsExactly("rules[0].namedRoles:licensing.approvalPolicy.role.noHolder");
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");
    assertThat(fixture.approvalPolicies(admin()).save(policy).rules().get(0).namedRoles())
        .containsExactly("legal-counsel");
  }

  @Test
  void aDealNeedingTheRoleWaitsForItsHolderWhatEverOtherAdminsApprove() {
    fixture.approverRoles(admin()).create(COUNSEL);
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");
    fixture
        .approvalPolicies(admin())
        .save(new NewApprovalPolicy(TODAY, null, List.of(exclusiveNeedsCounsel())));
    long id = fixture.workflow(NTU).create(exclusive()).id();

    DealView submitted = fixture.workflow(NTU).submit(id, null);
    assertThat(submitted.approvalNeeds().namedRoles())
        .containsExactly(new NamedRoleNeed("legal-counsel", "Legal counsel", "法律顾问", false, null));

    DealView byAdmin = fixture.workflow(admin()).approve(id, null, null);
    assertThat(byAdmin.state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(fixture.readModel(admin("admin2")).find(id).orElseThrow().allowedActions())
        .doesNotContain(DealAction.APPROVE);
    assertThatThrownBy(() -> fixture.workflow(admin("admin2")).approve(id, null, null))
        .isInstanceOf(ConflictException.class);
    assertThat(fixture.readModel(admin("counsel")).find(id).orElseThrow().allowedActions())
        .contains(DealAction.APPROVE);

    DealView approved = fixture.workflow(admin("counsel")).approve(id, null, null);
    assertThat(approved.state()).isEqualTo(DealState.APPROVED);
    assertThat(approved.approvalNeeds().namedRoles())
        .containsExactly(
            new NamedRoleNeed("legal-counsel", "Legal counsel", "法律顾问", true, "counsel"));
    assertThat(fixture.audit.entries)
        .anySatisfy(e -> assertThat(e).contains("legal-counsel approved by counsel"));
  }

  @Test
  void aSubmissionIsRefusedWhenTheRolesOnlyHolderDraftedTheDeal() {
    fixture.approverRoles(admin()).create(COUNSEL);
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");
    fixture
        .approvalPolicies(admin())
        .save(new NewApprovalPolicy(TODAY, null, List.of(exclusiveNeedsCounsel())));
    long id = fixture.workflow(admin("counsel")).create(exclusive()).id();

    assertThat(problems(() -> fixture.workflow(NTU).submit(id, null)))
        .containsExactly("null:licensing.deal.approvers.roleUnheld");
    assertThat(fixture.deals.find(id).orElseThrow().state()).isEqualTo(DealState.DRAFT);

    fixture.approverRoles(admin()).assign("legal-counsel", "admin2");
    assertThat(fixture.workflow(NTU).submit(id, null).state()).isNotEqualTo(DealState.DRAFT);
  }

  private long auditEntries(String action) {
    return fixture.audit.entries.stream().filter(e -> e.startsWith(action + " ")).count();
  }

  @Test
  void aNewRoleIsShownAsStoredWithItsAuthorAndNoHolder() {
    var created =
        fixture.approverRoles(admin()).create(new NewApproverRole(" auditor ", " Auditor ", "审计员"));

    assertThat(created.code()).isEqualTo("auditor");
    assertThat(created.name("en")).isEqualTo("Auditor");
    assertThat(created.holders()).isEmpty();
    assertThat(created.createdBy()).isEqualTo("admin");
    assertThat(created.createdAt()).isEqualTo(Deals.NOW);
    assertThat(fixture.audit.entries)
        .containsExactly("APPROVER_ROLE_CREATED ApproverRole auditor: auditor: Auditor / 审计员");
  }

  @Test
  void aRoleGivenTwiceToTheSameAdminIsHeldOnceAndAuditedOnce() {
    fixture.approverRoles(admin()).create(COUNSEL);
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");

    var again = fixture.approverRoles(admin()).assign(" legal-counsel ", " counsel ");

    assertThat(again.holders()).containsExactly("counsel");
    assertThat(auditEntries("APPROVER_ROLE_ASSIGNED")).isEqualTo(1);
  }

  @Test
  void anAdminTakesARoleFromItsHolderAndOnlyATakingThatHappenedIsAudited() {
    fixture.approverRoles(admin()).create(COUNSEL);
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");

    var taken = fixture.approverRoles(admin()).unassign("legal-counsel", " counsel ");

    assertThat(taken.holders()).isEmpty();
    assertThat(fixture.audit.entries)
        .contains(
            "APPROVER_ROLE_UNASSIGNED ApproverRole legal-counsel: legal-counsel taken from counsel");
    assertThat(fixture.approverRoles(admin()).unassign("legal-counsel", "counsel").holders())
        .isEmpty();
    assertThat(fixture.approverRoles(admin()).unassign("legal-counsel", null).holders()).isEmpty();
    assertThat(auditEntries("APPROVER_ROLE_UNASSIGNED")).isEqualTo(1);
  }

  @Test
  void staffNeitherGiveNorTakeARole() {
    fixture.approverRoles(admin()).create(COUNSEL);
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");
    int entries = fixture.audit.entries.size();

    assertThatThrownBy(() -> fixture.approverRoles(NTU).assign("legal-counsel", "admin2"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.approverRoles(NTU).unassign("legal-counsel", "counsel"))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixture.approverRoles(admin()).roles().get(0).holders()).containsExactly("counsel");
    assertThat(fixture.audit.entries).hasSize(entries);
  }

  @Test
  void aHolderMustBeNamedAndTheRoleKnown() {
    fixture.approverRoles(admin()).create(COUNSEL);

    assertThat(problems(() -> fixture.approverRoles(admin()).assign("legal-counsel", null)))
        .containsExactly("username:field.required");
    assertThat(problems(() -> fixture.approverRoles(admin()).assign("legal-counsel", "  ")))
        .containsExactly("username:field.required");
    assertThatThrownBy(() -> fixture.approverRoles(admin()).assign("auditor", "counsel"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> fixture.approverRoles(admin()).assign(null, "counsel"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(fixture.approverRoles(admin()).roles().get(0).holders()).isEmpty();
    assertThat(auditEntries("APPROVER_ROLE_ASSIGNED")).isZero();
  }

  @Test
  void aRoleNeedsACodeAndACodeTakenWhateverItsSpaces() {
    fixture.approverRoles(admin()).create(COUNSEL);

    assertThat(
            problems(
                () ->
                    fixture
                        .approverRoles(admin())
                        .create(new NewApproverRole(null, "Auditor", "审计员"))))
        .containsExactly("code:field.required");
    assertThat(
            problems(
                () ->
                    fixture
                        .approverRoles(admin())
                        .create(new NewApproverRole(" legal-counsel ", "Counsel", "法律顾问"))))
        .containsExactly("code:licensing.approverRole.code.taken");
    assertThat(fixture.approverRoles(admin()).roles()).hasSize(1);
    assertThat(auditEntries("APPROVER_ROLE_CREATED")).isEqualTo(1);
  }

  @Test
  void aDisabledAdminIsGivenNoRoleAndNoLongerCountsAsItsHolder() {
    fixture.approverRoles(admin()).create(COUNSEL);
    fixture.approverRoles(admin()).assign("legal-counsel", "counsel");
    fixture.accounts.admin("retired");
    fixture.accounts.disable("retired");
    NewApprovalPolicy policy = new NewApprovalPolicy(TODAY, null, List.of(exclusiveNeedsCounsel()));

    assertThat(problems(() -> fixture.approverRoles(admin()).assign("legal-counsel", "retired")))
        .containsExactly("username:licensing.approverRole.holder.notAdmin");
    assertThat(problems(() -> fixture.approverRoles(admin()).assign("legal-counsel", "nobody")))
        .containsExactly("username:licensing.approverRole.holder.notAdmin");

    fixture.accounts.disable("counsel");
    assertThat(problems(() -> fixture.approvalPolicies(admin()).save(policy)))
        .containsExactly("rules[0].namedRoles:licensing.approvalPolicy.role.noHolder");
  }
}
