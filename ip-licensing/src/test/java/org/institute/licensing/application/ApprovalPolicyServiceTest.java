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
import org.institute.core.Role;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.ApprovalPolicyView;
import org.institute.licensing.ApprovalPolicyView.Standing;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.NewApprovalPolicy;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/** Approval policies as data, from saving a version to the deals it decides (decision 0102). */
class ApprovalPolicyServiceTest {

  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);

  ApprovalPolicyServiceTest() {
    fixture.families.register(
        13, LocalDate.of(2019, 1, 1), new Share(Deals.NTU, new BigDecimal("100")));
    fixture.families.registerNtuScutHalves(11);
  }

  private static DealTerms terms(List<Long> families, String upfront, Exclusivity exclusivity) {
    return new DealTerms(
        "Solid-state battery electrolyte",
        null,
        Deals.LICENSEE,
        families,
        "Electric vehicles",
        "Mainland China",
        exclusivity,
        Deals.TERM_START,
        Deals.TERM_END,
        "SGD",
        new BigDecimal(upfront),
        new BigDecimal("3.5"),
        BigDecimal.ZERO,
        List.<MilestoneTerm>of(),
        null,
        null);
  }

  private static ApprovalRuleTerms exclusiveCoOwned() {
    return new ApprovalRuleTerms(
        "Exclusive and co-owned",
        null,
        Exclusivity.EXCLUSIVE,
        null,
        null,
        true,
        null,
        2,
        true,
        true,
        java.util.List.of());
  }

  private static ApprovalRuleTerms big() {
    return new ApprovalRuleTerms(
        "Above S$100k",
        new BigDecimal("100000"),
        null,
        null,
        null,
        null,
        null,
        2,
        true,
        false,
        java.util.List.of());
  }

  private ApprovalNeeds submitted(List<Long> families, String upfront, Exclusivity exclusivity) {
    long id = fixture.workflow(NTU).create(terms(families, upfront, exclusivity)).id();
    return fixture.workflow(NTU).submit(id, null).approvalNeeds();
  }

  @Test
  void whileNoVersionIsSavedTheBuiltInThresholdPolicyIsInForce() {
    List<ApprovalPolicyView> versions = fixture.approvalPolicies(admin()).versions();

    assertThat(versions)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.version()).isZero();
              assertThat(v.standing()).isEqualTo(Standing.IN_FORCE);
              assertThat(v.rules())
                  .extracting(ApprovalRuleTerms::adminApprovals)
                  .containsExactly(2);
            });
    assertThat(submitted(List.of(13L), "600000", Exclusivity.SOLE))
        .isEqualTo(new ApprovalNeeds(0, "> SGD 500,000", 2, true, false));
  }

  @Test
  void aVersionSavedTodayDecidesTheNextSubmissionsAndIsAudited() {
    ApprovalPolicyView saved =
        fixture
            .approvalPolicies(admin())
            .save(
                new NewApprovalPolicy(
                    TODAY, "Council decision GC 2020/2", List.of(exclusiveCoOwned(), big())));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.standing()).isEqualTo(Standing.IN_FORCE);
    assertThat(saved.savedBy()).isEqualTo("admin");
    assertThat(fixture.audit.entries)
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith(
                        "APPROVAL_POLICY_SAVED ApprovalPolicy 1: version 1 in force from 2020-06-03")
                    .contains(
                        "\"Exclusive and co-owned\" -> 2 admin(s), consent, council resolution"));

    assertThat(submitted(List.of(11L), "1000", Exclusivity.EXCLUSIVE))
        .isEqualTo(new ApprovalNeeds(1, "Exclusive and co-owned", 2, true, true));
    assertThat(submitted(List.of(13L), "100000.01", Exclusivity.SOLE))
        .isEqualTo(new ApprovalNeeds(1, "Above S$100k", 2, true, false));
    assertThat(submitted(List.of(13L), "100000", Exclusivity.SOLE))
        .isEqualTo(ApprovalNeeds.byDefault(1));
    assertThat(fixture.approvalPolicies(admin()).versions())
        .extracting(ApprovalPolicyView::version, ApprovalPolicyView::standing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Standing.IN_FORCE),
            org.assertj.core.groups.Tuple.tuple(0, Standing.REPLACED));
  }

  @Test
  void aVersionDatedTomorrowChangesNothingTodayAndADealKeepsWhatItsSubmissionDecided() {
    ApprovalNeeds before = submitted(List.of(13L), "200000", Exclusivity.SOLE);
    fixture
        .approvalPolicies(admin())
        .save(new NewApprovalPolicy(TODAY.plusDays(1), null, List.of(big())));

    ApprovalNeeds today = submitted(List.of(13L), "200000", Exclusivity.SOLE);

    assertThat(before).isEqualTo(ApprovalNeeds.byDefault(0));
    assertThat(today).isEqualTo(ApprovalNeeds.byDefault(0));
    assertThat(fixture.approvalPolicies(admin()).versions())
        .extracting(ApprovalPolicyView::standing)
        .containsExactly(Standing.SCHEDULED, Standing.IN_FORCE);

    // the day after, the new version decides new submissions; the deal submitted before keeps its
    // one approval
    fixture.now = fixture.now.plusSeconds(86_400);
    assertThat(submitted(List.of(13L), "200000", Exclusivity.SOLE).adminApprovals()).isEqualTo(2);
    assertThat(fixture.deals.find(1).orElseThrow().review().needs())
        .contains(ApprovalNeeds.byDefault(0));
  }

  @Test
  void onlyAdminsReadOrSaveVersions() {
    NewApprovalPolicy policy = new NewApprovalPolicy(TODAY, null, List.of(big()));

    assertThatThrownBy(() -> fixture.approvalPolicies(NTU).versions())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.approvalPolicies(NTU).save(policy))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> fixture.approvalPolicies(LicensingFixture.coordinator()).versions())
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.policies.saved).isEmpty();
  }

  @Test
  void aVersionAskingMoreApprovalsThanThereAreAdminsIsRefusedAndNothingIsSaved() {
    ApprovalRuleTerms three =
        new ApprovalRuleTerms(
            "Three",
            BigDecimal.ONE,
            null,
            null,
            null,
            null,
            null,
            3,
            true,
            false,
            java.util.List.of());

    assertThat(
            problems(
                () ->
                    fixture
                        .approvalPolicies(admin())
                        .save(new NewApprovalPolicy(TODAY.minusDays(1), null, List.of(three)))))
        .containsExactly(
            "effectiveFrom:licensing.approvalPolicy.effectiveFrom.past",
            "rules[0].adminApprovals:licensing.approvalPolicy.approvals.noApprover");
    assertThat(fixture.policies.saved).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aSubmissionThatWouldLeaveTooFewAdminsBesidesTheDrafterAndSubmitterIsRefused() {
    fixture.approvalPolicies(admin()).save(new NewApprovalPolicy(TODAY, null, List.of(big())));
    long id =
        fixture.workflow(admin()).create(terms(List.of(13L), "200000", Exclusivity.SOLE)).id();

    // two admins in all: the drafting admin may not approve, one other is not enough for two
    assertThat(problems(() -> fixture.workflow(NTU).submit(id, null)))
        .containsExactly("null:licensing.deal.approvers.tooFew");
    assertThat(fixture.deals.find(id).orElseThrow().state()).isEqualTo(DealState.DRAFT);

    fixture.people.byRole.put(Role.ADMIN, List.of("admin@i.org", "admin2@i.org", "admin3@i.org"));
    assertThat(fixture.workflow(NTU).submit(id, null).approvalNeeds().adminApprovals())
        .isEqualTo(2);
  }
}
