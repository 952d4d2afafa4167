package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.ADMIN;
import static org.institute.licensing.domain.Deals.ADMIN2;
import static org.institute.licensing.domain.Deals.GKC;
import static org.institute.licensing.domain.Deals.NOW;
import static org.institute.licensing.domain.Deals.NTU;
import static org.institute.licensing.domain.Deals.NTU_STAFF;
import static org.institute.licensing.domain.Deals.SCUT;
import static org.institute.licensing.domain.Deals.SUBMITTED_ON;

import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealState;
import org.junit.jupiter.api.Test;

/** What the approval policy decided at the submission governs the deal's review (decision 0102). */
class DealApprovalNeedsTest {

  private static final ApprovalNeeds COUNCIL = new ApprovalNeeds(4, "Strategic", 2, true, true);

  private static LicenceDeal consented(ApprovalNeeds needs) {
    LicenceDeal deal = Deals.ntuOnlyDraft();
    deal.submit(NTU_STAFF, needs, SUBMITTED_ON, NOW, null);
    return deal;
  }

  @Test
  void theDealKeepsWhatThePolicyDecided() {
    LicenceDeal deal = consented(COUNCIL);

    assertThat(deal.review().needs()).contains(COUNCIL);
    assertThat(deal.review().requiredApprovals()).isEqualTo(2);
    assertThat(Deals.ntuOnlyDraft().review().needs()).isEmpty();
  }

  @Test
  void theLastApprovalWithoutTheCouncilsResolutionIsRefusedBesideTheField() {
    LicenceDeal deal = consented(COUNCIL);
    deal.approve(ADMIN, NOW, null, null);

    assertThatThrownBy(() -> deal.approve(ADMIN2, NOW, null, " "))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("councilResolution")
        .hasMessageContaining("licensing.deal.councilResolution.required");
    assertThat(deal.state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(deal.review().approvedBy()).containsExactly("admin");

    deal.approve(ADMIN2, NOW, null, " GC 2026/3, item 4 ");
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
    assertThat(deal.review().councilResolution()).contains("GC 2026/3, item 4");
  }

  @Test
  void anEarlierApprovalMayRecordTheResolutionAndTheLastNeedNotRepeatIt() {
    LicenceDeal deal = consented(COUNCIL);
    deal.approve(ADMIN, NOW, null, "GC 2026/3");
    deal.approve(ADMIN2, NOW, null, null);

    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
    assertThat(deal.review().councilResolution()).contains("GC 2026/3");
  }

  @Test
  void aResolutionIsKeptOnlyWhereTheDealNeedsOneAndLapsesWithTheRound() {
    LicenceDeal plain = consented(ApprovalNeeds.admins(1));
    plain.approve(ADMIN, NOW, null, "GC 2026/3");
    assertThat(plain.review().councilResolution()).isEmpty();

    LicenceDeal deal = consented(COUNCIL);
    deal.approve(ADMIN, NOW, null, "GC 2026/3");
    deal.requestChanges(ADMIN2, NOW, "the council asks for a lower royalty");
    assertThat(deal.review().councilResolution()).isEmpty();
    assertThat(deal.review().approvedBy()).isEmpty();
  }

  @Test
  void aResolutionLongerThan200CharactersIsRefused() {
    LicenceDeal deal = consented(COUNCIL);
    assertThatThrownBy(() -> deal.approve(ADMIN, NOW, null, "r".repeat(201)))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("field.tooLong");
  }

  @Test
  void withoutTheConsentRequirementNoCoOwnerIsAskedAndAdminsMayApproveAtOnce() {
    LicenceDeal deal = Deals.threeOwnerDraft();
    deal.submit(
        NTU_STAFF, new ApprovalNeeds(2, "Internal", 1, false, false), SUBMITTED_ON, NOW, null);

    assertThat(deal.review().pendingConsents()).isEmpty();
    assertThat(DealPolicy.allowed(ADMIN, deal))
        .contains(org.institute.licensing.DealAction.APPROVE);
    deal.approve(ADMIN, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);

    LicenceDeal asked = Deals.threeOwnerDraft();
    asked.submit(NTU_STAFF, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);
    assertThat(asked.review().pendingConsents()).containsExactly(SCUT, GKC);
  }

  @Test
  void theDrafterMayNotApproveWhatTheyDraftedEvenWhenSomeoneElseSubmittedIt() {
    LicenceDeal deal = LicenceDeal.draft(ADMIN, Deals.terms("SGD", "1000"), Set.of(NTU), NOW);
    deal.submit(NTU_STAFF, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);

    assertThat(DealPolicy.allowed(ADMIN, deal))
        .doesNotContain(org.institute.licensing.DealAction.APPROVE);
    assertThatThrownBy(() -> deal.approve(ADMIN, NOW, null, null))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessageContaining("drafter");
    deal.approve(ADMIN2, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
  }

  @Test
  void needsOutsideOneToFiveApprovalsAreAProgrammingError() {
    assertThatThrownBy(() -> consented(ApprovalNeeds.admins(6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> consented(ApprovalNeeds.admins(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
