package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.domain.Deals.GKC;
import static org.institute.licensing.domain.Deals.LICENSEE;
import static org.institute.licensing.domain.Deals.NTU;
import static org.institute.licensing.domain.Deals.SCUT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DisclosureAction;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.Inventor;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.ObligationAction;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.Disclosure;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationSchedule;
import org.institute.licensing.domain.PatentFamily;
import org.junit.jupiter.api.Test;

/**
 * The licensing policy for each kind of caller: admins, staff of a licensor, staff of the licensee,
 * staff of a partner with no part in the record, council members, auditors, programme coordinators
 * and anonymous callers. The deals are the three-owner deals of {@link Deals} (licensed by NTU,
 * SCUT and GKC, drafted by NTU staff; where a consent is pending, it is SCUT's).
 */
class LicensingPolicyTest {

  private static final long OTHER = 42;
  private static final Instant NOW = Instant.parse("2020-06-03T08:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);

  private static final LicensingPolicy ADMIN = policy("admin", Set.of(Role.ADMIN), null);
  private static final LicensingPolicy NTU_STAFF =
      policy("ntu.staff", Set.of(Role.PARTNER_STAFF), NTU);
  private static final LicensingPolicy SCUT_STAFF =
      policy("scut.staff", Set.of(Role.PARTNER_STAFF), SCUT);
  private static final LicensingPolicy LICENSEE_STAFF =
      policy("huaxin.staff", Set.of(Role.PARTNER_STAFF), LICENSEE);
  private static final LicensingPolicy OTHER_STAFF =
      policy("other.staff", Set.of(Role.PARTNER_STAFF), OTHER);
  private static final LicensingPolicy COUNCIL = policy("council", Set.of(Role.COUNCIL), null);
  private static final LicensingPolicy AUDITOR = policy("auditor", Set.of(Role.AUDITOR), null);
  private static final LicensingPolicy COORDINATOR =
      policy("coordinator", Set.of(Role.COORDINATOR), null);
  private static final LicensingPolicy ANONYMOUS = anonymous();

  private static final Set<LicensingAction> READING =
      EnumSet.of(
          LicensingAction.READ_PATENT_FAMILIES,
          LicensingAction.READ_DEALS,
          LicensingAction.READ_DISCLOSURES,
          LicensingAction.READ_OBLIGATIONS,
          LicensingAction.READ_INVOICES,
          LicensingAction.READ_DISTRIBUTIONS);

  // ---- what the caller may do in general ----

  @Test
  void adminsMayDoEverythingButImportHistoryAndALicenseesOwnMenu() {
    assertThat(ADMIN.allowedActions())
        .isEqualTo(
            EnumSet.complementOf(
                EnumSet.of(LicensingAction.IMPORT_HISTORY, LicensingAction.READ_OWN_LICENCES)));
  }

  @Test
  void partnerStaffReadDraftDiscloseRegisterAndWorkTheirInbox() {
    Set<LicensingAction> expected = EnumSet.copyOf(READING);
    expected.addAll(
        EnumSet.of(
            LicensingAction.WORK_INBOX,
            LicensingAction.DRAFT_DEAL,
            LicensingAction.SUBMIT_DISCLOSURE,
            LicensingAction.REGISTER_FAMILY));
    assertThat(NTU_STAFF.allowedActions()).isEqualTo(expected);
    assertThat(OTHER_STAFF.allowedActions()).isEqualTo(expected);
  }

  @Test
  void councilAndAuditorsOnlyRead() {
    assertThat(COUNCIL.allowedActions()).isEqualTo(READING);
    assertThat(AUDITOR.allowedActions()).isEqualTo(READING);
  }

  @Test
  void coordinatorsHaveNoPartInLicensing() {
    assertThat(COORDINATOR.allowedActions()).isEmpty();
  }

  @Test
  void partnerStaffWithoutAPartnerHaveNoPartInLicensing() {
    assertThat(policy("nobody", Set.of(Role.PARTNER_STAFF), null).allowedActions()).isEmpty();
  }

  @Test
  void theSystemRunsTheCalendarAndImportsHistory() {
    assertThat(ANONYMOUS.allowedActions())
        .containsExactlyInAnyOrder(LicensingAction.RUN_CALENDAR, LicensingAction.IMPORT_HISTORY);
  }

  // ---- reading ----

  @Test
  void adminsCouncilAndAuditorsReadEveryPartnersRecords() {
    for (LicensingPolicy reader : List.of(ADMIN, COUNCIL, AUDITOR)) {
      assertThat(reader.readScope()).isEqualTo(Scope.all());
      assertThat(reader.mayRead(Deals.in(DealState.DRAFT))).isTrue();
    }
  }

  @Test
  void partnerStaffReadTheDealsTheirPartnerIsPartyTo() {
    LicenceDeal deal = Deals.in(DealState.SUBMITTED);
    assertThat(NTU_STAFF.readScope()).isEqualTo(Scope.of(new PartnerId(NTU)));
    assertThat(NTU_STAFF.mayRead(deal)).isTrue();
    assertThat(SCUT_STAFF.mayRead(deal)).isTrue();
    assertThat(LICENSEE_STAFF.mayRead(deal)).isTrue();
    assertThat(OTHER_STAFF.mayRead(deal)).isFalse();
  }

  @Test
  void partnerStaffReadTheDisclosuresTheirPartnerSubmittedOrHasInventorsOn() {
    Disclosure disclosure = disclosure();
    assertThat(NTU_STAFF.mayRead(disclosure)).isTrue();
    assertThat(SCUT_STAFF.mayRead(disclosure)).isTrue();
    assertThat(OTHER_STAFF.mayRead(disclosure)).isFalse();
    assertThat(COUNCIL.mayRead(disclosure)).isTrue();
  }

  @Test
  void coordinatorsAndAnonymousCallersAreRefusedReading() {
    for (LicensingPolicy nobody : List.of(COORDINATOR, ANONYMOUS)) {
      assertThatThrownBy(nobody::readScope).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> nobody.mayRead(Deals.in(DealState.DRAFT)))
          .isInstanceOf(AccessRefusedException.class);
    }
  }

  // ---- acting ----

  @Test
  void onlyAdminsAndPartnerStaffAct() {
    assertThat(ADMIN.actor()).isEqualTo(Actor.admin("admin"));
    assertThat(NTU_STAFF.actor()).isEqualTo(Actor.staffOf("ntu.staff", NTU));
    for (LicensingPolicy other : List.of(COUNCIL, AUDITOR, COORDINATOR, ANONYMOUS)) {
      assertThatThrownBy(other::actor).isInstanceOf(AccessRefusedException.class);
    }
  }

  // ---- deals ----

  @Test
  void aDraftMayBeRevisedAndSubmittedByTheLicensorSide() {
    LicenceDeal draft = Deals.in(DealState.DRAFT);
    Set<DealAction> licensorSide = EnumSet.of(DealAction.REVISE, DealAction.SUBMIT);
    assertThat(ADMIN.dealActions(draft)).isEqualTo(licensorSide);
    assertThat(NTU_STAFF.dealActions(draft)).isEqualTo(licensorSide);
    assertThat(SCUT_STAFF.dealActions(draft)).isEqualTo(licensorSide);
    for (LicensingPolicy other :
        List.of(LICENSEE_STAFF, OTHER_STAFF, COUNCIL, AUDITOR, COORDINATOR, ANONYMOUS)) {
      assertThat(other.dealActions(draft)).isEmpty();
    }
  }

  @Test
  void aPendingCoOwnerConsentsOrSendsBackAndAnAdminRejectsOrSendsBack() {
    LicenceDeal pending = Deals.in(DealState.CONSENTS_PENDING); // SCUT's consent is pending
    assertThat(SCUT_STAFF.dealActions(pending))
        .containsExactlyInAnyOrder(DealAction.CONSENT, DealAction.REQUEST_CHANGES);
    assertThat(ADMIN.dealActions(pending))
        .containsExactlyInAnyOrder(DealAction.REJECT, DealAction.REQUEST_CHANGES);
    assertThat(NTU_STAFF.dealActions(pending)).isEmpty();
    assertThat(LICENSEE_STAFF.dealActions(pending)).isEmpty();
    assertThat(COUNCIL.dealActions(pending)).isEmpty();
  }

  @Test
  void aDealUnderReviewIsApprovedByAnAdmin() {
    LicenceDeal review = Deals.in(DealState.UNDER_REVIEW);
    assertThat(ADMIN.dealActions(review))
        .containsExactlyInAnyOrder(
            DealAction.APPROVE, DealAction.REJECT, DealAction.REQUEST_CHANGES);
    assertThat(NTU_STAFF.dealActions(review)).isEmpty();
    assertThat(AUDITOR.dealActions(review)).isEmpty();
  }

  @Test
  void anApprovedDealIsExecutedByTheLicensorSide() {
    LicenceDeal approved = Deals.in(DealState.APPROVED);
    assertThat(NTU_STAFF.dealActions(approved)).containsExactly(DealAction.EXECUTE);
    assertThat(ADMIN.dealActions(approved)).containsExactly(DealAction.EXECUTE);
    assertThat(LICENSEE_STAFF.dealActions(approved)).isEmpty();
  }

  @Test
  void anExecutedDealTakesPaymentsFromTheLicensorSideAndIsTerminatedByAnAdmin() {
    LicenceDeal executed = Deals.in(DealState.EXECUTED);
    assertThat(NTU_STAFF.dealActions(executed)).containsExactly(DealAction.RECORD_PAYMENT);
    assertThat(ADMIN.dealActions(executed))
        .containsExactlyInAnyOrder(DealAction.TERMINATE, DealAction.RECORD_PAYMENT);
    assertThat(LICENSEE_STAFF.dealActions(executed)).isEmpty();
    assertThat(COUNCIL.dealActions(executed)).isEmpty();
  }

  @Test
  void theInboxOffersAnAdminTheApprovalAndAPartnerItsConsent() {
    assertThat(ADMIN.inboxActions(false))
        .containsExactlyInAnyOrder(
            DealAction.APPROVE, DealAction.REJECT, DealAction.REQUEST_CHANGES);
    assertThat(SCUT_STAFF.inboxActions(true))
        .containsExactlyInAnyOrder(DealAction.CONSENT, DealAction.REQUEST_CHANGES);
    assertThat(ADMIN.approvesDeals()).isTrue();
    assertThat(SCUT_STAFF.approvesDeals()).isFalse();
    assertThat(SCUT_STAFF.consentingPartner()).contains(SCUT);
    assertThat(ADMIN.consentingPartner()).isEmpty();
  }

  // ---- disclosures ----

  @Test
  void theIpOfficeReviewsASubmittedDisclosure() {
    Disclosure submitted = disclosure();
    assertThat(ADMIN.disclosureActions(submitted))
        .containsExactlyInAnyOrder(
            DisclosureAction.ACCEPT, DisclosureAction.REQUEST_CHANGES, DisclosureAction.DECLINE);
    for (LicensingPolicy other : List.of(NTU_STAFF, SCUT_STAFF, COUNCIL, AUDITOR, COORDINATOR)) {
      assertThat(other.disclosureActions(submitted)).isEmpty();
    }
  }

  @Test
  void theSubmittingPartnersStaffReviseADisclosureSentBack() {
    Disclosure sentBack = disclosure();
    sentBack.requestChanges(Actor.admin("admin"), "name the research project", NOW);
    assertThat(NTU_STAFF.disclosureActions(sentBack)).containsExactly(DisclosureAction.REVISE);
    assertThat(ADMIN.disclosureActions(sentBack)).containsExactly(DisclosureAction.REVISE);
    assertThat(SCUT_STAFF.disclosureActions(sentBack)).isEmpty();
    assertThat(COUNCIL.disclosureActions(sentBack)).isEmpty();
  }

  // ---- patent families ----

  @Test
  void currentCoOwnersFileApplicationsAndAdminsChangeOwnership() {
    PatentFamily family = family();
    assertThat(ADMIN.familyActions(family, TODAY))
        .containsExactlyInAnyOrder(
            FamilyAction.FILE_APPLICATION,
            FamilyAction.CHANGE_OWNERSHIP,
            FamilyAction.RECORD_COST,
            FamilyAction.CHANGE_SHARING);
    assertThat(NTU_STAFF.familyActions(family, TODAY))
        .containsExactly(FamilyAction.FILE_APPLICATION, FamilyAction.RECORD_COST);
    assertThat(OTHER_STAFF.familyActions(family, TODAY)).isEmpty();
    assertThat(COUNCIL.familyActions(family, TODAY)).isEmpty();
    assertThatThrownBy(
            () ->
                NTU_STAFF.requireFamilyAction(
                    FamilyAction.CHANGE_OWNERSHIP, NTU_STAFF.actor(), family, TODAY))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                OTHER_STAFF.requireFamilyAction(
                    FamilyAction.FILE_APPLICATION, OTHER_STAFF.actor(), family, TODAY))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void familiesAreRegisteredByAdminsOrStaffOfACoOwner() {
    List<Share> owners = List.of(new Share(NTU, new BigDecimal("100")));
    ADMIN.requireRegister(ADMIN.actor(), owners);
    NTU_STAFF.requireRegister(NTU_STAFF.actor(), owners);
    assertThatThrownBy(() -> SCUT_STAFF.requireRegister(SCUT_STAFF.actor(), owners))
        .isInstanceOf(AccessRefusedException.class);
  }

  // ---- obligations ----

  @Test
  void onlyAdminsWaiveAnOpenObligation() {
    Obligation open = obligation();
    assertThat(ADMIN.obligationActions(open)).containsExactly(ObligationAction.WAIVE);
    for (LicensingPolicy other : List.of(NTU_STAFF, LICENSEE_STAFF, COUNCIL, AUDITOR)) {
      assertThat(other.obligationActions(open)).isEmpty();
    }
    ADMIN.requireWaive(ADMIN.actor());
    assertThatThrownBy(() -> NTU_STAFF.requireWaive(NTU_STAFF.actor()))
        .isInstanceOf(AccessRefusedException.class);

    open.waive("admin", "paid in kind", NOW);
    assertThat(ADMIN.obligationActions(open)).isEmpty();
  }

  // ---- the system's work ----

  @Test
  void theCalendarRunsForTheSystemAndAdminsOnly() {
    ANONYMOUS.requireCalendar();
    ADMIN.requireCalendar();
    for (LicensingPolicy other : List.of(NTU_STAFF, COUNCIL, AUDITOR, COORDINATOR)) {
      assertThatThrownBy(other::requireCalendar).isInstanceOf(AccessRefusedException.class);
    }
  }

  @Test
  void historyIsImportedByStartUpTasksOnly() {
    ANONYMOUS.requireImport();
    for (LicensingPolicy other : List.of(ADMIN, NTU_STAFF, COUNCIL)) {
      assertThatThrownBy(other::requireImport).isInstanceOf(AccessRefusedException.class);
    }
  }

  // ---- records and callers ----

  private static Disclosure disclosure() {
    return Disclosure.submit(
        Actor.staffOf("ntu.staff", NTU),
        new NewDisclosure(
            "Self-healing concrete",
            null,
            null,
            "Bacteria seal micro-cracks.",
            "RP-2020-07",
            null,
            List.of(
                new Inventor("Inventor 1", NTU, new BigDecimal("60"), null),
                new Inventor("Inventor 2", SCUT, new BigDecimal("40"), null))),
        NOW);
  }

  private static PatentFamily family() {
    return PatentFamily.register(
        "SSIJRI-2018-001",
        "Perovskite solar cell",
        "new energy",
        LocalDate.of(2018, 3, 1),
        List.of(new Share(NTU, new BigDecimal("60")), new Share(GKC, new BigDecimal("40"))),
        NOW);
  }

  private static Obligation obligation() {
    LicenceDeal deal = Deals.in(DealState.EXECUTED);
    ObligationSchedule.Planned first =
        ObligationSchedule.of(deal.terms(), deal.signingDate()).get(0);
    return new Obligation(1L, "SGD", first);
  }

  // ---- the review of royalty reports and invoices (decision 0101) ----

  private static final LicensingPolicy HUAXIN_LICENSEE =
      policy("huaxin.licensee", Set.of(Role.LICENSEE), LICENSEE);

  @Test
  void adminsAcceptAndQueryAReportAwaitingReviewAndNothingElse() {
    LicenceDeal deal = Deals.in(DealState.EXECUTED);

    assertThat(ADMIN.reviewActions(deal, org.institute.licensing.ReviewState.SUBMITTED, false))
        .containsExactlyInAnyOrder(
            org.institute.licensing.RoyaltyReportAction.ACCEPT,
            org.institute.licensing.RoyaltyReportAction.QUERY);
    assertThat(ADMIN.reviewActions(deal, org.institute.licensing.ReviewState.ACCEPTED, false))
        .isEmpty();
    assertThat(ADMIN.reviewActions(deal, org.institute.licensing.ReviewState.QUERIED, true))
        .containsExactly(org.institute.licensing.RoyaltyReportAction.ANSWER);
    assertThatThrownBy(NTU_STAFF::requireReview)
        .isInstanceOf(org.institute.core.AccessRefusedException.class);
    assertThatThrownBy(HUAXIN_LICENSEE::requireReview)
        .isInstanceOf(org.institute.core.AccessRefusedException.class);
  }

  @Test
  void theLicenseeAnswersAnOpenQueryOnlyAndLicensorStaffNeitherReviewNorAnswer() {
    LicenceDeal deal = Deals.in(DealState.EXECUTED);

    assertThat(
            HUAXIN_LICENSEE.reviewActions(deal, org.institute.licensing.ReviewState.QUERIED, true))
        .containsExactly(org.institute.licensing.RoyaltyReportAction.ANSWER);
    assertThat(
            HUAXIN_LICENSEE.reviewActions(
                deal, org.institute.licensing.ReviewState.SUBMITTED, false))
        .isEmpty();
    assertThat(NTU_STAFF.reviewActions(deal, org.institute.licensing.ReviewState.QUERIED, true))
        .isEmpty();
    assertThat(
            ADMIN.reviewActions(
                Deals.in(DealState.DRAFT), org.institute.licensing.ReviewState.SUBMITTED, false))
        .isEmpty();
  }

  @Test
  void licenseeStaffListTheirCompanysInvoicesAndTheOthersTheirScope() {
    assertThat(HUAXIN_LICENSEE.invoiceReaders().licensee()).isEqualTo(LICENSEE);
    assertThat(NTU_STAFF.invoiceReaders().licensee()).isNull();
    assertThat(NTU_STAFF.invoiceReaders().scope().isAll()).isFalse();
    assertThat(ADMIN.invoiceReaders().scope().isAll()).isTrue();
  }

  private static LicensingPolicy policy(String name, Set<Role> roles, Long partner) {
    return new LicensingPolicy(
        new Caller() {
          @Override
          public boolean isAuthenticated() {
            return true;
          }

          @Override
          public String name() {
            return name;
          }

          @Override
          public Set<Role> roles() {
            return roles;
          }

          @Override
          public Optional<PartnerId> partner() {
            return Optional.ofNullable(partner).map(PartnerId::new);
          }
        });
  }

  private static LicensingPolicy anonymous() {
    return new LicensingPolicy(
        new Caller() {
          @Override
          public boolean isAuthenticated() {
            return false;
          }

          @Override
          public String name() {
            return Caller.SYSTEM;
          }

          @Override
          public Set<Role> roles() {
            return Set.of();
          }

          @Override
          public Optional<PartnerId> partner() {
            return Optional.empty();
          }
        });
  }
}
