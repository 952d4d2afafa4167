package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.*;

import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealState;
import org.junit.jupiter.api.Test;

/** Who may take each step, four eyes, consents and the two-admin rule. */
class LicenceDealRulesTest {

  @Test
  void staffOfAPartnerThatIsNoLicensorMayNotDraft() {
    assertThatThrownBy(
            () -> LicenceDeal.draft(LICENSEE_STAFF, terms("SGD", "1000"), Set.of(NTU), NOW))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void adminMayDraftAndThenEveryCoOwnerMustConsent() {
    LicenceDeal deal = LicenceDeal.draft(ADMIN, terms("SGD", "1000"), Set.of(NTU, SCUT), NOW);
    deal.submit(ADMIN, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);
    assertThat(deal.review().pendingConsents()).containsExactly(NTU, SCUT);
  }

  @Test
  void submitterPartnerNeedsNoConsentOfItsOwn() {
    LicenceDeal deal = threeOwnerDraft();
    submit(deal);
    assertThat(deal.review().pendingConsents()).containsExactly(SCUT, GKC);
  }

  @Test
  void staffOfANonLicensorMayNotSubmit() {
    LicenceDeal deal = threeOwnerDraft();
    assertThatThrownBy(
            () -> deal.submit(LICENSEE_STAFF, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(deal.state()).isEqualTo(DealState.DRAFT);
  }

  @Test
  void approvalBySubmitterIsRefused() {
    LicenceDeal deal = LicenceDeal.draft(ADMIN, terms("SGD", "1000"), Set.of(NTU), NOW);
    deal.submit(ADMIN, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, null);
    deal.consent(NTU_STAFF, NOW, null);

    assertThatThrownBy(() -> deal.approve(ADMIN, NOW, null, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(deal.state()).isEqualTo(DealState.UNDER_REVIEW);

    deal.approve(ADMIN2, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
  }

  @Test
  void partnerStaffMayNotApprove() {
    LicenceDeal deal = Deals.in(DealState.UNDER_REVIEW);
    assertThatThrownBy(() -> deal.approve(SCUT_STAFF, NOW, null, null))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void dealWithoutConsentsIsApprovedStraightFromSubmitted() {
    LicenceDeal deal = ntuOnlyDraft();
    submit(deal);
    assertThat(deal.review().pendingConsents()).isEmpty();
    deal.approve(ADMIN, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
  }

  @Test
  void approvalWhileConsentsArePendingIsAConflict() {
    LicenceDeal deal = Deals.in(DealState.SUBMITTED);
    assertThatThrownBy(() -> deal.approve(ADMIN, NOW, null, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("consent");
  }

  @Test
  void twoAdminDealNeedsTwoDifferentAdmins() {
    LicenceDeal deal = ntuOnlyDraft();
    deal.submit(NTU_STAFF, ApprovalNeeds.admins(2), SUBMITTED_ON, NOW, null);

    deal.approve(ADMIN, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThatThrownBy(() -> deal.approve(ADMIN, NOW, null, null))
        .isInstanceOf(ConflictException.class);
    assertThat(deal.state()).isEqualTo(DealState.UNDER_REVIEW);

    deal.approve(ADMIN2, NOW, null, null);
    assertThat(deal.state()).isEqualTo(DealState.APPROVED);
    assertThat(deal.review().approvedBy()).containsExactly("admin", "admin2");
  }

  @Test
  void onlyAPendingCoOwnerMayConsentAndOnlyOnce() {
    LicenceDeal deal = Deals.in(DealState.SUBMITTED);
    assertThatThrownBy(() -> deal.consent(NTU_OTHER, NOW, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> deal.consent(LICENSEE_STAFF, NOW, null))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> deal.consent(ADMIN, NOW, null))
        .isInstanceOf(AccessRefusedException.class);

    deal.consent(SCUT_STAFF, NOW, null);
    assertThat(deal.state()).isEqualTo(DealState.CONSENTS_PENDING);
    assertThatThrownBy(() -> deal.consent(SCUT_STAFF, NOW, null))
        .isInstanceOf(AccessRefusedException.class);
    deal.consent(GKC_STAFF, NOW, null);
    assertThat(deal.state()).isEqualTo(DealState.UNDER_REVIEW);
  }

  @Test
  void pendingCoOwnerMayRequestChangesAndConsentsLapse() {
    LicenceDeal deal = Deals.in(DealState.CONSENTS_PENDING);
    deal.requestChanges(SCUT_STAFF, NOW, "our inventors' share is missing");
    assertThat(deal.state()).isEqualTo(DealState.CHANGES_REQUESTED);
    assertThat(deal.review().consents()).isEmpty();

    submit(deal);
    assertThat(deal.review().pendingConsents()).containsExactly(SCUT, GKC);
  }

  @Test
  void licenseeStaffMayNotRequestChanges() {
    LicenceDeal deal = Deals.in(DealState.UNDER_REVIEW);
    assertThatThrownBy(() -> deal.requestChanges(LICENSEE_STAFF, NOW, "cheaper please"))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void rejectionAndTerminationNeedAReasonAndAnAdmin() {
    LicenceDeal deal = Deals.in(DealState.UNDER_REVIEW);
    assertThatThrownBy(() -> deal.reject(ADMIN, NOW, " "))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> deal.reject(NTU_STAFF, NOW, "no"))
        .isInstanceOf(AccessRefusedException.class);
    LicenceDeal active = Deals.in(DealState.ACTIVE);
    assertThatThrownBy(() -> active.terminate(ADMIN, NOW, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> active.terminate(NTU_STAFF, NOW, "x"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(active.state()).isEqualTo(DealState.ACTIVE);
  }

  @Test
  void executionNeedsASigningDateNotInTheFutureNorBeforeSubmission() {
    LicenceDeal deal = Deals.in(DealState.APPROVED);
    assertThatThrownBy(
            () -> deal.execute(NTU_STAFF, SIGNED_ON.plusDays(5), 1L, SIGNED_ON, NOW, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(
            () -> deal.execute(NTU_STAFF, SUBMITTED_ON.minusDays(1), 1L, SIGNED_ON, NOW, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> deal.execute(LICENSEE_STAFF, SIGNED_ON, 1L, SIGNED_ON, NOW, null))
        .isInstanceOf(AccessRefusedException.class);
    deal.execute(NTU_STAFF, SIGNED_ON, 1L, SIGNED_ON, NOW, null);
    assertThat(deal.signingDate()).isEqualTo(SIGNED_ON);
    assertThat(deal.signedDocumentId()).isEqualTo(1L);
  }

  @Test
  void executedDealActivatesOnlyOnceItsTermHasBegun() {
    LicenceDeal deal = Deals.in(DealState.EXECUTED);
    assertThat(deal.activateIfDue(TERM_START.minusDays(1), NOW)).isFalse();
    assertThat(deal.activateIfDue(TERM_START, NOW)).isTrue();
    assertThat(deal.expireIfDue(TERM_END, NOW)).isFalse();
    assertThat(deal.expireIfDue(TERM_END.plusDays(1), NOW)).isTrue();
    assertThat(deal.state()).isEqualTo(DealState.EXPIRED);
  }

  @Test
  void partiesAreLicensorsAndLicensee() {
    LicenceDeal deal = threeOwnerDraft();
    assertThat(deal.isParty(NTU)).isTrue();
    assertThat(deal.isParty(LICENSEE)).isTrue();
    assertThat(deal.isParty(42L)).isFalse();
    assertThat(deal.isParty(null)).isFalse();
  }

  @Test
  void totalValueIsUpfrontMilestonesAndAnnualMinimumPerStartedYear() {
    var t = terms("SGD", "100000");
    var withMinimum =
        new org.institute.licensing.DealTerms(
            t.title(),
            null,
            t.licenseeId(),
            t.familyIds(),
            t.fieldOfUse(),
            t.territory(),
            t.exclusivity(),
            TERM_START,
            TERM_START.plusYears(4).plusMonths(1),
            "SGD",
            t.upfrontFee(),
            t.royaltyPercent(),
            new java.math.BigDecimal("5000"),
            t.milestones(),
            null,
            null);
    assertThat(DealTermsCheck.totalValue(withMinimum))
        .isEqualTo(org.institute.core.Money.of("135000", "SGD"));
  }

  @Test
  void badTermsAreRefusedWithEveryProblemNamed() {
    var bad =
        new org.institute.licensing.DealTerms(
            "",
            null,
            null,
            java.util.List.of(),
            null,
            null,
            null,
            TERM_END,
            TERM_START,
            "USD",
            new java.math.BigDecimal("-1"),
            new java.math.BigDecimal("101"),
            null,
            null,
            null,
            null);
    assertThat(DealTermsCheck.violations(bad))
        .extracting(org.institute.core.Violation::field)
        .contains(
            "title",
            "licenseeId",
            "familyIds",
            "fieldOfUse",
            "territory",
            "exclusivity",
            "termEnd",
            "currency",
            "upfrontFee",
            "royaltyPercent",
            "annualMinimum");
  }
}
