package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.Execution;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.partners.PartnerKind;
import org.junit.jupiter.api.Test;

/**
 * The deal workflow's use cases on the three-owner families of {@link Deals}: family 11 owned by
 * NTU and SCUT, family 12 by GKC; today is 3 June 2020.
 */
class DealWorkflowServiceTest {

  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final Caller SCUT = staffOf("scut.staff", Deals.SCUT);
  private static final Caller GKC = staffOf("gkc.staff", Deals.GKC);
  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);

  DealWorkflowServiceTest() {
    fixture.families.registerNtuScutHalves(11);
    fixture.families.register(
        12, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));
    fixture.families.register(
        13, LocalDate.of(2019, 1, 1), new Share(Deals.NTU, new BigDecimal("100")));
  }

  private static DealTerms terms(
      long licensee, List<Long> families, String currency, String upfront) {
    return new DealTerms(
        "Solid-state battery electrolyte",
        null,
        licensee,
        families,
        "Electric vehicles",
        "Mainland China",
        Exclusivity.EXCLUSIVE,
        Deals.TERM_START,
        Deals.TERM_END,
        currency,
        new BigDecimal(upfront),
        new BigDecimal("3.5"),
        BigDecimal.ZERO,
        List.of(new MilestoneTerm("First commercial sale", new BigDecimal("10000"), null)),
        null,
        null);
  }

  private static DealTerms threeOwners() {
    return terms(Deals.LICENSEE, List.of(11L, 12L), "SGD", "100000");
  }

  private static DealTerms ntuOnly(String currency, String upfront) {
    return terms(Deals.LICENSEE, List.of(13L), currency, upfront);
  }

  private DealWorkflowService as(Caller caller) {
    return fixture.workflow(caller);
  }

  private LicenceDeal stored(long id) {
    return fixture.deals.find(id).orElseThrow();
  }

  /** An NTU-only deal drafted and submitted by NTU staff: it waits for an admin's approval. */
  private long submittedNtuOnly(String currency, String upfront) {
    long id = as(NTU).create(ntuOnly(currency, upfront)).id();
    as(NTU).submit(id, "please review");
    return id;
  }

  @Test
  void aDraftNamesTodaysCoOwnersOfItsFamiliesAsLicensorsAndIsAudited() {
    DealView view = as(NTU).create(threeOwners());

    assertThat(view.id()).isEqualTo(1L);
    assertThat(view.state()).isEqualTo(DealState.DRAFT);
    assertThat(view.licenseeName()).isEqualTo("Huaxin");
    assertThat(view.licensors())
        .extracting(DealView.PartyView::partnerId)
        .containsExactly(Deals.NTU, Deals.SCUT, Deals.GKC);
    assertThat(view.totalValue()).isEqualByComparingTo("110000");
    assertThat(view.createdBy()).isEqualTo("ntu.staff");
    assertThat(view.createdAt()).isEqualTo(Deals.NOW);
    assertThat(view.allowedActions()).contains(DealAction.SUBMIT, DealAction.REVISE);
    assertThat(fixture.audit.entries)
        .containsExactly(
            "LICENCE_DEAL_CREATED LicenceDeal 1: \"Solid-state battery electrolyte\" licensee 9,"
                + " families [11, 12], licensors [1, 2, 3], total "
                + stored(1).totalValue());
    assertThat(fixture.mails.sent).isEmpty();
  }

  @Test
  void theLicensorsAreTheOwnersOnTheDayNotTheFirstOnes() {
    fixture
        .families
        .find(13)
        .orElseThrow()
        .changeOwnership(
            LocalDate.of(2020, 1, 1),
            List.of(
                new Share(Deals.NTU, new BigDecimal("60")),
                new Share(Deals.SCUT, new BigDecimal("40"))));
    fixture
        .families
        .find(13)
        .orElseThrow()
        .changeOwnership(
            LocalDate.of(2020, 7, 1), List.of(new Share(Deals.GKC, new BigDecimal("100"))));

    DealView view = as(admin()).create(ntuOnly("SGD", "1000"));

    assertThat(view.licensors())
        .extracting(DealView.PartyView::partnerId)
        .containsExactly(Deals.NTU, Deals.SCUT);
  }

  @Test
  void theLicenseeMustBeAnActiveCompanyThatOwnsNoneOfTheFamilies() {
    fixture.partners.add(20, "OLD", "Old Co", PartnerKind.PRIVATE_COMPANY, false);
    DealWorkflowService service = as(admin());

    assertThat(problems(() -> service.create(terms(42, List.of(11L), "SGD", "1000"))))
        .containsExactly("licenseeId:partner.unknown");
    assertThat(problems(() -> service.create(terms(20, List.of(11L), "SGD", "1000"))))
        .containsExactly("licenseeId:partner.unknown");
    assertThat(problems(() -> service.create(terms(Deals.NTU, List.of(11L), "SGD", "1000"))))
        .containsExactly(
            "licenseeId:licensing.deal.licensee.notCompany",
            "licenseeId:licensing.deal.licensee.isOwner");
    assertThat(problems(() -> service.create(terms(Deals.SCUT, List.of(12L), "SGD", "1000"))))
        .containsExactly("licenseeId:licensing.deal.licensee.notCompany");
    assertThat(fixture.deals.byId).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aCompanyThatCoOwnsAFamilyMayNotLicenseIt() {
    fixture.partners.add(Deals.GKC, "GKC", "GKC Co", PartnerKind.STATE_OWNED_COMPANY, true);

    assertThat(problems(() -> as(admin()).create(terms(Deals.GKC, List.of(12L), "SGD", "1000"))))
        .containsExactly("licenseeId:licensing.deal.licensee.isOwner");
    assertThat(as(admin()).create(terms(Deals.GKC, List.of(11L), "SGD", "1000")).state())
        .isEqualTo(DealState.DRAFT);
  }

  @Test
  void everyFamilyMustExistAndHaveAnOwnerToday() {
    fixture.families.register(
        14, LocalDate.of(2020, 6, 4), new Share(Deals.NTU, new BigDecimal("100")));
    DealWorkflowService service = as(admin());

    assertThat(problems(() -> service.create(terms(Deals.LICENSEE, List.of(11L, 99L), "SGD", "1"))))
        .containsExactly("familyIds:licensing.deal.families.unknown");
    assertThat(problems(() -> service.create(terms(Deals.LICENSEE, List.of(14L), "SGD", "1"))))
        .containsExactly("familyIds:licensing.deal.families.noOwner");
    assertThat(problems(() -> service.create(terms(Deals.LICENSEE, List.of(), "SGD", "1"))))
        .isNotEmpty();
    assertThat(fixture.deals.byId).isEmpty();
  }

  @Test
  void onlyAdminsAndPartnerStaffDraft() {
    assertThatThrownBy(() -> as(LicensingFixture.coordinator()).create(threeOwners()))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(staffOf(Deals.LICENSEE)).create(threeOwners()))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.deals.byId).isEmpty();
  }

  @Test
  void aRevisionNeedsTheVersionTheReviserLoaded() {
    long id = as(NTU).create(threeOwners()).id();
    DealTerms cheaper = terms(Deals.LICENSEE, List.of(11L), "SGD", "50000");

    assertThatThrownBy(() -> as(NTU).revise(id, 1, cheaper))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version 1, now 0");
    DealView revised = as(NTU).revise(id, 0, cheaper);

    assertThat(revised.version()).isEqualTo(1);
    assertThat(revised.totalValue()).isEqualByComparingTo("60000");
    assertThat(revised.licensors())
        .extracting(DealView.PartyView::partnerId)
        .containsExactly(Deals.NTU, Deals.SCUT);
    assertThat(fixture.audit.entries.get(1))
        .startsWith("LICENCE_DEAL_REVISE LicenceDeal 1: DRAFT -> DRAFT; \"Solid")
        .contains("families [11], licensors [1, 2]");
  }

  @Test
  void aRevisionIsCheckedLikeADraft() {
    long id = as(NTU).create(threeOwners()).id();

    assertThat(problems(() -> as(NTU).revise(id, 0, terms(42, List.of(11L), "SGD", "1"))))
        .containsExactly("licenseeId:partner.unknown");
    assertThat(stored(id).licenseeId()).isEqualTo(Deals.LICENSEE);
    assertThat(stored(id).version()).isZero();
  }

  @Test
  void aDealAtTheThresholdNeedsOneApprovalAndACentAboveItTwo() {
    long at = submittedNtuOnly("SGD", "490000.00");
    long above = submittedNtuOnly("SGD", "490000.01");

    assertThat(stored(at).review().requiredApprovals()).isEqualTo(1);
    assertThat(stored(above).review().requiredApprovals()).isEqualTo(2);
  }

  @Test
  void aCnyDealIsComparedWithTheThresholdConvertedOnTheDayOfSubmission() {
    // 500,000 SGD at 5.3 is 2,650,000 CNY
    long at = submittedNtuOnly("CNY", "2640000.00");
    long above = submittedNtuOnly("CNY", "2640000.01");

    assertThat(stored(at).review().requiredApprovals()).isEqualTo(1);
    assertThat(stored(above).review().requiredApprovals()).isEqualTo(2);
  }

  @Test
  void aCnyDealWithoutARateOnTheDayIsNotSubmitted() {
    fixture.rates.firstRate = TODAY.plusDays(1);
    long id = as(NTU).create(ntuOnly("CNY", "1000")).id();

    assertThat(problems(() -> as(NTU).submit(id, null)))
        .containsExactly("null:licensing.deal.noRate");
    assertThat(stored(id).state()).isEqualTo(DealState.DRAFT);
    // an SGD deal needs no rate
    long sgd = as(NTU).create(ntuOnly("SGD", "1000")).id();
    assertThat(as(NTU).submit(sgd, null).state()).isEqualTo(DealState.SUBMITTED);
  }

  @Test
  void aSubmissionAsksTheOtherCoOwnersForConsentByMail() {
    long id = as(NTU).create(threeOwners()).id();

    DealView view = as(NTU).submit(id, "please review");

    assertThat(view.state()).isEqualTo(DealState.SUBMITTED);
    assertThat(view.submittedBy()).isEqualTo("ntu.staff");
    assertThat(view.submissionDate()).isEqualTo(TODAY);
    assertThat(fixture.mails.recipients()).containsExactly("scut.staff@i.org", "gkc.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Licence deal #1 needs your partner's consent as co-owner / 需要贵方作为共有人的同意");
    assertThat(fixture.mails.sent.get(0).body())
        .contains("State / 状态: SUBMITTED", "By / 操作人: ntu.staff", "deal.xhtml?id=1");
    assertThat(fixture.audit.entries.get(1))
        .isEqualTo(
            "LICENCE_DEAL_SUBMIT LicenceDeal 1: DRAFT -> SUBMITTED; needs 1 admin approval(s) after"
                + " the co-owners' consent (approval policy version 0, no rule applied); comment:"
                + " please review");
    assertThat(stored(id).version()).isEqualTo(1);
  }

  @Test
  void theLastConsentSendsTheDealToTheAdmins() {
    long id = as(NTU).create(threeOwners()).id();
    as(NTU).submit(id, null);
    fixture.mails.sent.clear();

    assertThat(as(GKC).consent(id, null).state()).isEqualTo(DealState.CONSENTS_PENDING);
    assertThat(fixture.mails.recipients()).containsExactly("scut.staff@i.org");
    fixture.mails.sent.clear();

    assertThat(as(SCUT).consent(id, "agreed").state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(fixture.mails.recipients()).containsExactly("admin@i.org", "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject()).contains("waits for an admin's approval");
    assertThat(fixture.audit.entries)
        .contains(
            "LICENCE_DEAL_CONSENT LicenceDeal 1: SUBMITTED -> CONSENTS_PENDING",
            "LICENCE_DEAL_CONSENT LicenceDeal 1: CONSENTS_PENDING -> UNDER_REVIEW; comment: agreed");
  }

  @Test
  void anAdminsSubmissionAsksEveryLicensorsConsentAndTheAdminIsNotAskedToApproveIt() {
    long id = as(admin()).create(ntuOnly("SGD", "1000")).id();

    as(admin()).submit(id, null);
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org");
    fixture.mails.sent.clear();

    assertThat(as(NTU).consent(id, null).state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(fixture.mails.recipients()).containsExactly("admin2@i.org");
  }

  @Test
  void aDealWithoutConsentsToAskWaitsForTheAdminsAtOnce() {
    long id = as(NTU).create(ntuOnly("SGD", "1000")).id();

    assertThat(as(NTU).submit(id, null).state()).isEqualTo(DealState.SUBMITTED);
    assertThat(fixture.mails.recipients()).containsExactly("admin@i.org", "admin2@i.org");
  }

  @Test
  void aConsentByStaffWhoseConsentIsNotPendingIsRefusedAndNothingChanges() {
    long id = as(NTU).create(threeOwners()).id();
    as(NTU).submit(id, null);
    int audited = fixture.audit.entries.size();

    assertThatThrownBy(() -> as(NTU).consent(id, null)).isInstanceOf(AccessRefusedException.class);
    assertThat(stored(id).state()).isEqualTo(DealState.SUBMITTED);
    assertThat(fixture.audit.entries).hasSize(audited);
  }

  @Test
  void anApprovalTellsTheLicensorsAndTheSubmitterButNotTheApprover() {
    long id = submittedNtuOnly("SGD", "1000");
    fixture.mails.sent.clear();

    DealView view = as(admin()).approve(id, "fine", null);

    assertThat(view.state()).isEqualTo(DealState.APPROVED);
    assertThat(view.approvedBy()).containsExactly("admin");
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Licence deal #1 was approved and may be executed / 已获批准，可以签署");
  }

  @Test
  void everyTransitionIsPublishedWithItsStatesInTheChangesTransaction() {
    long id = submittedNtuOnly("SGD", "1000");
    fixture.stateChanged.events.clear();

    as(admin()).approve(id, "fine", null);

    assertThat(fixture.stateChanged.events).hasSize(1);
    org.institute.licensing.LicenceDealStateChanged e = fixture.stateChanged.events.get(0);
    assertThat(e.dealId()).isEqualTo(id);
    assertThat(e.action()).isEqualTo(org.institute.licensing.DealAction.APPROVE);
    assertThat(e.fromState()).isEqualTo(DealState.SUBMITTED);
    assertThat(e.toState()).isEqualTo(DealState.APPROVED);
    assertThat(e.licensorIds()).isEqualTo(stored(id).licensorIds());
    assertThat(e.changedBy()).isEqualTo("admin");
    assertThat(e.changedAt()).isEqualTo(fixture.now);
  }

  @Test
  void aLargeDealNeedsASecondAdminAndTheFirstIsNotAskedAgain() {
    long id = submittedNtuOnly("SGD", "600000");
    fixture.mails.sent.clear();

    assertThat(as(admin()).approve(id, null, null).state()).isEqualTo(DealState.UNDER_REVIEW);
    assertThat(fixture.mails.recipients()).containsExactly("admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject()).contains("needs another admin's approval");
    assertThatThrownBy(() -> as(admin()).approve(id, null, null))
        .isInstanceOf(ConflictException.class);
    fixture.mails.sent.clear();

    assertThat(as(admin("admin2")).approve(id, null, null).state()).isEqualTo(DealState.APPROVED);
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org");
  }

  @Test
  void aRejectionAndASendBackTellTheSubmitterAndTheLicensors() {
    long rejected = as(NTU).create(threeOwners()).id();
    as(NTU).submit(rejected, null);
    fixture.mails.sent.clear();

    assertThat(as(admin()).reject(rejected, "conflicts").state()).isEqualTo(DealState.REJECTED);
    assertThat(fixture.mails.recipients())
        .containsExactly("ntu.staff@i.org", "scut.staff@i.org", "gkc.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject()).endsWith("was rejected / 已被拒绝");
    assertThat(fixture.audit.entries)
        .contains("LICENCE_DEAL_REJECT LicenceDeal 1: SUBMITTED -> REJECTED; comment: conflicts");

    long sentBack = submittedNtuOnly("SGD", "1000");
    fixture.mails.sent.clear();
    assertThat(as(admin()).requestChanges(sentBack, "royalty too low").state())
        .isEqualTo(DealState.CHANGES_REQUESTED);
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject()).endsWith("was sent back for changes / 已退回修改");
  }

  @Test
  void onlyAdminsRejectAndTerminate() {
    long id = submittedNtuOnly("SGD", "1000");

    assertThatThrownBy(() -> as(NTU).reject(id, "no")).isInstanceOf(AccessRefusedException.class);
    assertThat(stored(id).state()).isEqualTo(DealState.SUBMITTED);
  }

  @Test
  void anExecutionStoresTheSignedCopyDerivesObligationsAndPublishesTheEvent() {
    long id = submittedNtuOnly("SGD", "1000");
    as(admin()).approve(id, null, null);
    fixture.mails.sent.clear();

    DealView view = as(NTU).execute(id, new Execution(TODAY, "signed.pdf", PDF, "signed"));

    assertThat(view.state()).isEqualTo(DealState.EXECUTED);
    assertThat(view.signingDate()).isEqualTo(TODAY);
    assertThat(view.signedDocumentId()).isEqualTo(700L);
    assertThat(fixture.documents.stored.get(700L).fileName()).isEqualTo("signed.pdf");
    assertThat(fixture.obligations.ofDeal(id)).isNotEmpty();
    assertThat(fixture.executed.events)
        .containsExactly(
            new LicenceDealExecuted(
                id,
                Deals.LICENSEE,
                java.util.Set.of(Deals.NTU),
                TODAY,
                "SGD",
                new BigDecimal("11000.00"),
                "ntu.staff"));
    // the mails of an execution go out from the event's observer, not from the workflow
    assertThat(fixture.mails.sent).isEmpty();
    assertThat(fixture.audit.entries)
        .contains("LICENCE_DEAL_EXECUTE LicenceDeal 1: APPROVED -> EXECUTED; comment: signed");
  }

  @Test
  void anExecutionAfterTheTermBeganMakesTheDealActiveAtOnce() {
    long id = submittedNtuOnly("SGD", "1000");
    as(admin()).approve(id, null, null);
    fixture.now = Instant.parse("2021-02-01T00:00:00Z");

    DealView view = as(NTU).execute(id, new Execution(TODAY, "signed.pdf", PDF, null));

    assertThat(view.state()).isEqualTo(DealState.ACTIVE);
    assertThat(fixture.audit.entries)
        .contains(
            "LICENCE_DEAL_EXECUTE LicenceDeal 1: APPROVED -> ACTIVE; comment: term started 2021-01-01");
  }

  @Test
  void anExecutionNeedsASigningDateAndStoresNothingWithout() {
    long id = submittedNtuOnly("SGD", "1000");
    as(admin()).approve(id, null, null);

    assertThat(problems(() -> as(NTU).execute(id, null)))
        .containsExactly("signingDate:field.required");
    assertThat(problems(() -> as(NTU).execute(id, new Execution(null, "a.pdf", PDF, null))))
        .containsExactly("signingDate:field.required");
    assertThat(
            problems(
                () -> as(NTU).execute(id, new Execution(TODAY.plusDays(1), "a.pdf", PDF, null))))
        .containsExactly("signingDate:licensing.deal.signingDate.invalid");
    assertThat(stored(id).state()).isEqualTo(DealState.APPROVED);
    assertThat(fixture.executed.events).isEmpty();
    assertThat(fixture.obligations.all).isEmpty();
  }

  @Test
  void aTerminationPublishesTheEventWithTheReason() {
    long id = submittedNtuOnly("SGD", "1000");
    as(admin()).approve(id, null, null);
    as(NTU).execute(id, new Execution(TODAY, "signed.pdf", PDF, null));

    DealView view = as(admin()).terminate(id, "licensee insolvent");

    assertThat(view.state()).isEqualTo(DealState.TERMINATED);
    assertThat(fixture.terminated.events)
        .containsExactly(
            new LicenceDealTerminated(
                id, Deals.LICENSEE, java.util.Set.of(Deals.NTU), "licensee insolvent", "admin"));
    assertThat(fixture.audit.entries)
        .contains(
            "LICENCE_DEAL_TERMINATE LicenceDeal 1: EXECUTED -> TERMINATED; comment: licensee insolvent");
  }

  @Test
  void aParallelChangeIsAConflictAndNothingIsAuditedOrSent() {
    long id = as(NTU).create(threeOwners()).id();
    fixture.deals.raceOnFlush = true;

    assertThatThrownBy(() -> as(NTU).submit(id, null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("nothing was changed");
    assertThat(fixture.audit.entries).hasSize(1);
    assertThat(fixture.mails.sent).isEmpty();
  }

  @Test
  void aDealOutsideTheCallersScopeIsNotFound() {
    long id = as(NTU).create(threeOwners()).id();

    assertThatThrownBy(() -> as(staffOf(42)).submit(id, null))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> as(admin()).submit(99, null))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> as(staffOf(42)).revise(id, 0, threeOwners()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(stored(id).state()).isEqualTo(DealState.DRAFT);
  }

  @Test
  void invalidTermsAreRefusedBeforeTheLicenseeAndFamiliesAreLookedUp() {
    DealTerms untitled = terms(42, List.of(11L), "SGD", "1000");
    DealTerms blank =
        new DealTerms(
            " ",
            null,
            untitled.licenseeId(),
            untitled.familyIds(),
            untitled.fieldOfUse(),
            untitled.territory(),
            untitled.exclusivity(),
            untitled.termStart(),
            untitled.termEnd(),
            untitled.currency(),
            untitled.upfrontFee(),
            untitled.royaltyPercent(),
            untitled.annualMinimum(),
            untitled.milestones(),
            null,
            null);

    assertThat(problems(() -> as(admin()).create(blank))).containsExactly("title:field.required");
    assertThat(fixture.deals.byId).isEmpty();
  }

  /** A three-owner deal drafted and submitted by an admin, consented by every co-owner. */
  private long submittedByAnAdmin(String upfront) {
    long id = as(admin()).create(terms(Deals.LICENSEE, List.of(11L, 12L), "SGD", upfront)).id();
    as(admin()).submit(id, null);
    as(NTU).consent(id, null);
    as(SCUT).consent(id, null);
    as(GKC).consent(id, null);
    fixture.mails.sent.clear();
    return id;
  }

  @Test
  void anApprovalTellsEveryLicensorAndAnAdminWhoSubmitted() {
    long id = submittedByAnAdmin("1000");

    as(admin("admin2")).approve(id, null, null);

    assertThat(fixture.mails.recipients())
        .containsExactly("ntu.staff@i.org", "scut.staff@i.org", "gkc.staff@i.org", "admin@i.org");
  }

  @Test
  void theSecondApprovalIsAskedOfNeitherTheSubmitterNorTheFirstApprover() {
    // two approvals besides the submitting admin need a third admin
    fixture.people.byRole.put(Role.ADMIN, List.of("admin@i.org", "admin2@i.org", "admin3@i.org"));
    long id = submittedByAnAdmin("600000");

    assertThat(as(admin("admin2")).approve(id, null, null).state())
        .isEqualTo(DealState.UNDER_REVIEW);

    assertThat(fixture.mails.recipients()).containsExactly("admin3@i.org");
  }

  @Test
  void aRejectionTellsAnAdminWhoSubmitted() {
    long id = submittedByAnAdmin("1000");

    as(admin("admin2")).reject(id, "conflicts");

    assertThat(fixture.mails.recipients())
        .containsExactly("admin@i.org", "ntu.staff@i.org", "scut.staff@i.org", "gkc.staff@i.org");
  }

  @Test
  void aResubmissionAsksForEveryConsentAndApprovalAgain() {
    long id = as(NTU).create(threeOwners()).id();
    as(NTU).submit(id, null);
    as(GKC).consent(id, null);
    as(admin()).requestChanges(id, "royalty too low");
    as(NTU).revise(id, stored(id).version(), threeOwners());

    DealView again = as(NTU).submit(id, null);

    assertThat(again.consents()).extracting(c -> c.givenBy()).containsOnlyNulls().hasSize(2);
    assertThat(again.state()).isEqualTo(DealState.SUBMITTED);
  }

  @Test
  void aResubmittedLargeDealNeedsBothApprovalsAgain() {
    long id = submittedNtuOnly("SGD", "600000");
    as(admin()).approve(id, null, null);
    as(admin("admin2")).requestChanges(id, "lower the fee");
    as(NTU).submit(id, null);

    assertThat(stored(id).review().approvedBy()).isEmpty();
    assertThat(as(admin()).approve(id, null, null).state()).isEqualTo(DealState.UNDER_REVIEW);
  }

  @Test
  void aCommentIsAtMostTwoThousandCharacters() {
    long id = as(NTU).create(threeOwners()).id();

    assertThat(problems(() -> as(NTU).submit(id, "c".repeat(2001))))
        .containsExactly("comment:field.tooLong");
    assertThat(as(NTU).submit(id, "c".repeat(2000)).state()).isEqualTo(DealState.SUBMITTED);
  }

  @Test
  void aDraftKeepsEveryTermAsGiven() {
    DealView view = as(NTU).create(threeOwners());

    assertThat(view.terms()).isEqualTo(threeOwners());
  }

  @Test
  void aDealWithoutRoyaltyGetsOnlyItsDatedMilestonesAsObligations() {
    DealTerms terms =
        new DealTerms(
            "Sodium anode",
            null,
            Deals.LICENSEE,
            List.of(13L),
            "Batteries",
            "Singapore",
            Exclusivity.NON_EXCLUSIVE,
            Deals.TERM_START,
            Deals.TERM_END,
            "SGD",
            new BigDecimal("1000"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            List.of(
                new MilestoneTerm("Prototype", new BigDecimal("5000"), LocalDate.of(2021, 6, 30))),
            null,
            null);
    long id = as(NTU).create(terms).id();
    as(NTU).submit(id, null);
    as(admin()).approve(id, null, null);

    as(NTU).execute(id, new Execution(TODAY, "signed.pdf", PDF, null));

    assertThat(fixture.obligations.ofDeal(id))
        .extracting(o -> o.key(), o -> o.due())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M1", LocalDate.of(2021, 6, 30)));
  }
}
