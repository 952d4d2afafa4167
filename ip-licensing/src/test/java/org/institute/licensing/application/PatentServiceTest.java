package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.KpiFigures;
import org.institute.core.PageRequest;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Slice;
import org.institute.core.testing.TestCaller;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.ApplicationView;
import org.institute.licensing.CostRecovery;
import org.institute.licensing.Deadline;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.FamilyPage;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.FamilySharing;
import org.institute.licensing.FamilyView;
import org.institute.licensing.Inventor;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.OwnershipView;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/**
 * Patent families of NTU and SCUT (family 11, half each since 2019) and of GKC (family 12); today
 * is 3 June 2020.
 */
class PatentServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);
  private static final LocalDate PRIORITY = LocalDate.of(2019, 1, 1);
  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);

  private final LicensingFixture fixture =
      new LicensingFixture(Instant.parse("2020-06-03T08:00:00Z"));

  PatentServiceTest() {
    fixture.families.register(11, PRIORITY, share(Deals.NTU, "50"), share(Deals.SCUT, "50"));
    fixture.families.register(12, PRIORITY.plusMonths(2), share(Deals.GKC, "100"));
  }

  private static Share share(long partner, String percent) {
    return new Share(partner, new BigDecimal(percent));
  }

  private PatentService as(Caller caller) {
    return fixture.patents(caller);
  }

  private static NewPatentFamily family(String reference, Share... owners) {
    return new NewPatentFamily(reference, "  Sodium anode  ", " ", PRIORITY, List.of(owners));
  }

  private static NewApplication application(Jurisdiction where, String number) {
    return new NewApplication(
        where, number, LocalDate.of(2019, 6, 1), ApplicationStatus.FILED, null);
  }

  @Test
  void staffOfACoOwnerRegisterAFamilyAndTheRegistrationIsAudited() {
    FamilyView view =
        as(NTU).register(family("NTU-2019-7", share(Deals.SCUT, "40"), share(Deals.NTU, "60")));

    assertThat(view.id()).isEqualTo(102L);
    assertThat(view.title()).isEqualTo("Sodium anode");
    assertThat(view.technologyField()).isNull();
    assertThat(view.currentOwners())
        .extracting(OwnershipView::partnerId, OwnershipView::partnerName, OwnershipView::percent)
        .containsExactly(
            tuple(Deals.NTU, "Nanyang Technological University", new BigDecimal("60")),
            tuple(Deals.SCUT, "South China University of Technology", new BigDecimal("40")));
    assertThat(view.currentOwners())
        .extracting(OwnershipView::effectiveFrom)
        .containsOnly(PRIORITY);
    // each owner in the reader's script, in the current shares and in their history
    assertThat(view.currentOwners())
        .extracting(o -> o.partnerName("zh-CN"))
        .containsExactly("南洋理工大学", "华南理工大学");
    assertThat(view.ownershipHistory())
        .extracting(o -> o.partnerName("zh-CN"))
        .containsExactlyInAnyOrder("南洋理工大学", "华南理工大学");
    assertThat(view.allowedActions())
        .containsExactly(FamilyAction.FILE_APPLICATION, FamilyAction.RECORD_COST);
    assertThat(fixture.audit.entries)
        .containsExactly(
            "PATENT_FAMILY_REGISTERED PatentFamily 102: NTU-2019-7 \"Sodium anode\" priority"
                + " 2019-01-01, owners 2=40% 1=60%");
  }

  @Test
  void anAdminMayRegisterAnyFamilyAndMayChangeItsOwnership() {
    FamilyView view = as(admin()).register(family("GKC-1", share(Deals.NTU, "100")));

    assertThat(view.allowedActions())
        .containsExactlyInAnyOrder(
            FamilyAction.FILE_APPLICATION,
            FamilyAction.CHANGE_OWNERSHIP,
            FamilyAction.RECORD_COST,
            FamilyAction.CHANGE_SHARING);
  }

  @Test
  void staffRegisterOnlyFamiliesTheirPartnerCoOwns() {
    assertThatThrownBy(() -> as(NTU).register(family("SCUT-1", share(Deals.SCUT, "100"))))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                as(LicensingFixture.coordinator()).register(family("X-1", share(Deals.NTU, "100"))))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.families.all).hasSize(2);
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aRegistrationNamesTheUnknownOwnerAndTheTakenReference() {
    assertThat(problems(() -> as(admin()).register(null)))
        .containsExactly("null:request.bodyRequired");
    assertThat(
            problems(
                () ->
                    as(admin())
                        .register(family("NEW-1", share(Deals.NTU, "50"), share(Deals.GKC, "50")))))
        .containsExactly("owners[1].partnerId:partner.unknown");
    assertThat(problems(() -> as(admin()).register(family("pf-11", share(Deals.NTU, "100")))))
        .containsExactly("reference:licensing.family.reference.taken");
    assertThat(problems(() -> as(admin()).register(family(null, share(Deals.NTU, "100")))))
        .containsExactly("reference:licensing.family.reference.invalid");
    assertThat(fixture.families.all).hasSize(2);
  }

  @Test
  void onlyAnAdminChangesOwnershipAndTheChangeIsAudited() {
    assertThatThrownBy(
            () ->
                as(NTU)
                    .changeOwnership(
                        11, LocalDate.of(2020, 1, 1), List.of(share(Deals.NTU, "100"))))
        .isInstanceOf(AccessRefusedException.class);

    FamilyView view =
        as(admin())
            .changeOwnership(
                11,
                LocalDate.of(2020, 1, 1),
                List.of(share(Deals.SCUT, "30"), share(Deals.NTU, "70")));

    assertThat(view.currentOwners())
        .extracting(OwnershipView::partnerId, OwnershipView::percent, OwnershipView::effectiveFrom)
        .containsExactly(
            tuple(Deals.NTU, new BigDecimal("70"), LocalDate.of(2020, 1, 1)),
            tuple(Deals.SCUT, new BigDecimal("30"), LocalDate.of(2020, 1, 1)));
    // the history, newest first and by partner within a date
    assertThat(view.ownershipHistory())
        .extracting(OwnershipView::partnerId, OwnershipView::effectiveFrom)
        .containsExactly(
            tuple(Deals.NTU, LocalDate.of(2020, 1, 1)),
            tuple(Deals.SCUT, LocalDate.of(2020, 1, 1)),
            tuple(Deals.NTU, PRIORITY),
            tuple(Deals.SCUT, PRIORITY));
    assertThat(fixture.audit.entries)
        .containsExactly("PATENT_OWNERSHIP_CHANGED PatentFamily 11: from 2020-01-01: 2=30% 1=70%");
  }

  @Test
  void aFutureOwnershipChangeIsNotYetTheCurrentOwnership() {
    FamilyView view =
        as(admin()).changeOwnership(11, TODAY.plusDays(1), List.of(share(Deals.SCUT, "100")));

    assertThat(view.currentOwners())
        .extracting(OwnershipView::partnerId)
        .containsExactly(Deals.NTU, Deals.SCUT);
    assertThat(view.ownershipHistory()).hasSize(3);

    FamilyView today = as(admin()).changeOwnership(11, TODAY, List.of(share(Deals.NTU, "100")));
    assertThat(today.currentOwners())
        .extracting(OwnershipView::partnerId, OwnershipView::effectiveFrom)
        .containsExactly(tuple(Deals.NTU, TODAY));
  }

  @Test
  void anOwnershipChangeNamesAnUnknownOwner() {
    assertThat(
            problems(
                () ->
                    as(admin())
                        .changeOwnership(
                            11, TODAY, List.of(share(Deals.NTU, "50"), share(77, "50")))))
        .containsExactly("owners[1].partnerId:partner.unknown");
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void staffOfACurrentCoOwnerFileAnApplicationAndItMeetsItsDeadline() {
    ApplicationView filed = as(NTU).file(11, application(Jurisdiction.PCT, "PCT/CN2019/1"));

    assertThat(filed.id()).isEqualTo(300L);
    assertThat(filed.familyId()).isEqualTo(11L);
    assertThat(filed.jurisdiction()).isEqualTo(Jurisdiction.PCT);
    assertThat(fixture.families.flushes).isEqualTo(1);
    assertThat(fixture.audit.entries)
        .containsExactly("PATENT_APPLICATION_FILED PatentFamily 11: PCT PCT/CN2019/1 FILED");
    // the dashboard counts the patent applications again
    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isEqualTo(1);
    assertThat(as(NTU).find(11).orElseThrow().deadlines())
        .extracting(Deadline::kind)
        .containsExactly(Deadline.Kind.NATIONAL_PHASE);
  }

  @Test
  void theWholeInstitutesApplicationCountIsCountedAgainOnlyWhenItsStampMoves() {
    PatentService admin = as(admin());
    admin.file(11, application(Jurisdiction.PCT, "PCT/CN2019/1"));
    assertThat(admin.applicationCount()).isEqualTo(1);

    // written past the service, without moving the stamp: the figure counted at this stamp stays
    fixture
        .families
        .find(12)
        .orElseThrow()
        .file(Jurisdiction.CN, "CN2", PRIORITY.plusMonths(3), ApplicationStatus.FILED, null);
    assertThat(admin.applicationCount()).isEqualTo(1);
    // a partner's scope is counted at every request
    assertThat(as(staffOf(Deals.GKC)).applicationCount()).isEqualTo(1);

    fixture.kpiStamps.changed(KpiFigures.PATENT_APPLICATIONS);
    assertThat(admin.applicationCount()).isEqualTo(2);
    admin.file(11, application(Jurisdiction.SG, "SG3"));
    assertThat(admin.applicationCount()).isEqualTo(3);
  }

  @Test
  void theDeadlinesOfAFamilyWithApplicationsAreThoseStillOpen() {
    as(admin()).file(11, application(Jurisdiction.PCT, "PCT/CN2019/1"));
    as(admin()).file(12, application(Jurisdiction.CN, "CN1"));
    as(admin()).file(12, application(Jurisdiction.US, "US1"));

    // family 11 filed its PCT application: national phase open; family 12 entered two
    // jurisdictions without a PCT filing: PCT open
    assertThat(as(admin()).deadlines(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
        .extracting(Deadline::familyReference, Deadline::kind)
        .containsExactly(
            tuple("PF-12", Deadline.Kind.PCT_FILING), tuple("PF-11", Deadline.Kind.NATIONAL_PHASE));
  }

  @Test
  void formerOwnersAndOutsidersFileNothing() {
    as(admin()).changeOwnership(11, LocalDate.of(2020, 1, 1), List.of(share(Deals.SCUT, "100")));

    // NTU still sees the family it once owned, but files no more
    assertThat(as(NTU).find(11)).isPresent();
    assertThat(as(NTU).find(11).orElseThrow().allowedActions()).isEmpty();
    assertThatThrownBy(() -> as(NTU).file(11, application(Jurisdiction.CN, "CN1")))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(staffOf(Deals.GKC)).file(11, application(Jurisdiction.CN, "CN1")))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isZero();
    assertThat(
            as(staffOf("scut.staff", Deals.SCUT))
                .file(11, application(Jurisdiction.CN, "CN1"))
                .applicationNumber())
        .isEqualTo("CN1");
  }

  @Test
  void anApplicationNeedsABody() {
    assertThat(problems(() -> as(NTU).file(11, null))).containsExactly("null:request.bodyRequired");
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aFamilyOutsideTheScopeIsAbsentAndNobodyWithoutScopeReads() {
    assertThat(as(NTU).find(12)).isEmpty();
    assertThat(as(NTU).find(99)).isEmpty();
    assertThat(as(staffOf(Deals.GKC)).find(12)).isPresent();
    assertThatThrownBy(() -> as(LicensingFixture.coordinator()).find(11))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theListIsOfTheCallersScopeWithTodaysOwnersNamed() {
    FamilyPage mine = as(NTU).list(null, "-title", 0, 10);

    assertThat(mine.total()).isEqualTo(1);
    assertThat(mine.offset()).isZero();
    assertThat(mine.limit()).isEqualTo(10);
    FamilyRow row = mine.families().get(0);
    assertThat(row.reference()).isEqualTo("PF-11");
    assertThat(row.owners())
        .extracting(OwnershipView::partnerName)
        .containsExactly(
            "Nanyang Technological University", "South China University of Technology");
    assertThat(row.deadlines()).hasSize(2);

    assertThat(as(admin()).list(null, "reference", 0, 10).total()).isEqualTo(2);
    assertThat(as(admin()).list(Deals.GKC, "", 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(12L);
    assertThat(as(admin()).list(null, null, 5, 10).families()).isEmpty();
  }

  @Test
  void theListSortsOnlyByReferenceTitleOrPriorityDate() {
    assertThat(problems(() -> as(admin()).list(null, "owner", 0, 10)))
        .containsExactly("sort:sort.unsupported");
    assertThat(problems(() -> as(admin()).list(null, "-owner", 0, 10)))
        .containsExactly("sort:sort.unsupported");
    assertThat(problems(() -> as(admin()).list(null, "-priorityDate", 0, 10))).isEmpty();
    assertThat(problems(() -> as(admin()).list(null, " ", 0, 10))).isEmpty();
  }

  @Test
  void theSearchFindsAReferenceOrTitleInTheCallersScope() {
    assertThat(as(admin()).search(null, "pf-12", null, 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(12L);
    assertThat(as(admin()).search(null, "FAMILY", null, 0, 10).total()).isEqualTo(2);
    assertThat(as(admin()).search(null, "  ", null, 0, 10).total()).isEqualTo(2);
    assertThat(as(NTU).search(null, "family", null, 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(11L);
    assertThat(as(admin()).search(null, "nothing", null, 0, 10).families()).isEmpty();
    assertThat(problems(() -> as(admin()).search(null, "x".repeat(201), null, 0, 10)))
        .containsExactly("q:field.tooLong");
  }

  @Test
  void theSortTakesAFieldAndADirection() {
    assertThat(as(admin()).search(null, null, "reference,desc", 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(12L, 11L);
    assertThat(as(admin()).search(null, null, "priorityDate,asc", 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(11L, 12L);
    assertThat(as(admin()).search(null, null, null, 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(11L, 12L);
    assertThat(problems(() -> as(admin()).search(null, null, "title,sideways", 0, 10)))
        .containsExactly("sort:sort.unsupported");
  }

  @Test
  void theLicensableFamiliesAreAnAdminsAllAndStaffTheirPartners() {
    assertThat(as(admin()).licensable(null, 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(11L, 12L);
    assertThat(as(staffOf(Deals.GKC)).licensable(null, 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(12L);
    assertThatThrownBy(() -> as(LicensingFixture.coordinator()).licensable(null, 0, 10))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theDeadlinesAreThoseDueWithinTheRangeInDateOrder() {
    // family 11: PCT 2020-01-01, national phase 2021-07-01; family 12: PCT 2020-03-01, national
    // phase 2021-09-01
    assertThat(as(admin()).deadlines(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 7, 1)))
        .extracting(Deadline::familyReference, Deadline::due)
        .containsExactly(
            tuple("PF-11", LocalDate.of(2020, 1, 1)),
            tuple("PF-12", LocalDate.of(2020, 3, 1)),
            tuple("PF-11", LocalDate.of(2021, 7, 1)));
    assertThat(as(admin()).deadlines(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 6, 30)))
        .extracting(Deadline::due)
        .containsExactly(LocalDate.of(2020, 3, 1));
    assertThat(as(NTU).deadlines(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
        .extracting(Deadline::familyReference)
        .containsOnly("PF-11");
  }

  @Test
  void theSameDueDateIsOrderedByReference() {
    // family 10's reference sorts after PF-11
    LicensingFixture.set(
        fixture.families.register(10, PRIORITY, share(Deals.NTU, "100")), "reference", "PF-9");

    assertThat(as(admin()).deadlines(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)))
        .extracting(Deadline::familyReference)
        .containsExactly("PF-11", "PF-9");
  }

  @Test
  void theDeadlineRangeIsAtMostFiveYearsForward() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    assertThat(problems(() -> as(admin()).deadlines(null, from)))
        .containsExactly("to:licensing.deadlines.range");
    assertThat(problems(() -> as(admin()).deadlines(from, null)))
        .containsExactly("to:licensing.deadlines.range");
    assertThat(problems(() -> as(admin()).deadlines(from, from.minusDays(1))))
        .containsExactly("to:licensing.deadlines.range");
    assertThat(problems(() -> as(admin()).deadlines(from, from.plusYears(5).plusDays(1))))
        .containsExactly("to:licensing.deadlines.range");
    assertThat(problems(() -> as(admin()).deadlines(from, from.plusYears(5)))).isEmpty();
    assertThat(problems(() -> as(admin()).deadlines(from, from))).isEmpty();
  }

  @Test
  void theApplicationsAreCountedInTheCallersScope() {
    as(admin()).file(11, application(Jurisdiction.CN, "CN1"));
    as(admin()).file(12, application(Jurisdiction.CN, "CN2"));
    as(admin()).file(12, application(Jurisdiction.SG, "SG2"));

    assertThat(as(admin()).applicationCount()).isEqualTo(3);
    assertThat(as(NTU).applicationCount()).isEqualTo(1);
  }

  @Test
  void anAdminWithAPartnerStillLicensesEveryFamily() {
    Caller ntuAdmin =
        new TestCaller(
            "ntu.admin",
            java.util.Set.of(org.institute.core.Role.ADMIN),
            java.util.Optional.of(new org.institute.core.PartnerId(Deals.NTU)));

    assertThat(as(ntuAdmin).licensable(null, 0, 10).families())
        .extracting(FamilyRow::id)
        .containsExactly(11L, 12L);
  }

  @Test
  void anOwnerWithoutPartnerIsLeftToTheFamilysOwnChecks() {
    // partner 0 is no partner: the family reports it with every other problem at once
    assertThat(problems(() -> as(admin()).register(family("?", share(0, "100")))))
        .containsExactlyInAnyOrder(
            "owners[0].partnerId:partner.unknown", "reference:licensing.family.reference.invalid");
  }

  @Test
  void aSecondChangeOnTheSameDateCorrectsTheFirst() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    as(admin()).changeOwnership(11, from, List.of(share(Deals.SCUT, "100")));

    FamilyView corrected = as(admin()).changeOwnership(11, from, List.of(share(Deals.NTU, "100")));

    assertThat(corrected.ownershipHistory())
        .extracting(OwnershipView::partnerId, OwnershipView::effectiveFrom)
        .containsExactly(
            tuple(Deals.NTU, from), tuple(Deals.NTU, PRIORITY), tuple(Deals.SCUT, PRIORITY));
  }

  @Test
  void theNationalPhaseNeedsAnApplicationBeyondThePctAndTheFirstFiling() {
    as(NTU).file(11, application(Jurisdiction.PCT, "PCT/1"));
    as(NTU).file(11, application(Jurisdiction.CN, "CN1"));
    assertThat(as(NTU).find(11).orElseThrow().deadlines())
        .extracting(Deadline::kind)
        .containsExactly(Deadline.Kind.NATIONAL_PHASE);

    as(NTU).file(11, application(Jurisdiction.EP, "EP1"));
    assertThat(as(NTU).find(11).orElseThrow().deadlines()).isEmpty();
  }

  @Test
  void onlyAnAdminChangesWhoSharesAFamilysIncomeAndTheChangeIsAudited() {
    FamilySharing sharing =
        new FamilySharing(
            CostRecovery.NONE,
            List.of(
                new Inventor("Tan Wei", Deals.NTU, new BigDecimal("60.0"), null),
                new Inventor("Li Na", Deals.SCUT, new BigDecimal("40"), null)));

    assertThatThrownBy(() -> as(NTU).changeSharing(11, sharing))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(admin()).changeSharing(404, sharing))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> as(admin()).changeSharing(11, null))
        .isInstanceOf(org.institute.core.InvalidCommandException.class);
    assertThat(fixture.audit.entries).isEmpty();
    assertThat(as(admin()).find(11).orElseThrow().inventors()).isEmpty();

    FamilyView changed = as(admin()).changeSharing(11, sharing);

    assertThat(changed.costRecovery()).isEqualTo(CostRecovery.NONE);
    assertThat(changed.inventors()).extracting(Inventor::name).containsExactly("Tan Wei", "Li Na");
    assertThat(as(NTU).find(11).orElseThrow().inventors()).hasSize(2);
    assertThat(fixture.audit.entries)
        .singleElement()
        .asString()
        .isEqualTo(
            "PATENT_SHARING_CHANGED PatentFamily 11: costs NONE; inventors: Tan Wei (NTU) 60%, Li Na (SCUT) 40%");
  }

  @Test
  void aSliceIsOfTheCallersScopeWithTodaysOwnersNamedAndItsApplicationsAndDeadlines() {
    as(admin()).changeOwnership(11, TODAY.plusDays(1), List.of(share(Deals.SCUT, "100")));
    as(NTU).file(11, application(Jurisdiction.PCT, "PCT/CN2019/1"));

    Slice<FamilyRow> mine = as(NTU).slice(null, null, null, new PageRequest(null, 10, true));

    assertThat(mine.items()).extracting(FamilyRow::id).containsExactly(11L);
    assertThat(mine.exactTotal()).contains(1L);
    assertThat(mine.nextCursor()).isEmpty();
    FamilyRow row = mine.items().get(0);
    assertThat(row.reference()).isEqualTo("PF-11");
    assertThat(row.title()).isEqualTo("Family 11");
    assertThat(row.priorityDate()).isEqualTo(PRIORITY);
    assertThat(row.owners())
        .extracting(OwnershipView::partnerName, OwnershipView::effectiveFrom)
        .containsExactly(
            tuple("Nanyang Technological University", PRIORITY),
            tuple("South China University of Technology", PRIORITY));
    assertThat(row.applications())
        .extracting(ApplicationView::applicationNumber)
        .containsExactly("PCT/CN2019/1");
    assertThat(row.deadlines())
        .extracting(Deadline::kind)
        .containsExactly(Deadline.Kind.NATIONAL_PHASE);
  }

  @Test
  void aSliceGoesOnAfterItsCursorInTheAskedOrderAndFindsByTextOrOwner() {
    Slice<FamilyRow> first =
        as(admin()).slice(null, null, "reference,desc", new PageRequest(null, 1, false));
    assertThat(first.items()).extracting(FamilyRow::id).containsExactly(12L);
    assertThat(first.exactTotal()).isEmpty();
    Slice<FamilyRow> second =
        as(admin())
            .slice(
                null,
                null,
                "reference,desc",
                new PageRequest(first.nextCursor().orElseThrow(), 1, false));
    assertThat(second.items()).extracting(FamilyRow::id).containsExactly(11L);
    assertThat(second.nextCursor()).isEmpty();

    assertThat(as(admin()).slice(null, "pf-12", null, PageRequest.first(10)).items())
        .extracting(FamilyRow::id)
        .containsExactly(12L);
    assertThat(as(admin()).slice(Deals.SCUT, null, null, PageRequest.first(10)).items())
        .extracting(FamilyRow::id)
        .containsExactly(11L);
    assertThat(as(admin()).slice(null, "nothing", null, PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void aSliceRefusesAnUnknownSortATooLongTextAndACallerWithoutScope() {
    assertThat(problems(() -> as(admin()).slice(null, null, "owner", PageRequest.first(10))))
        .containsExactly("sort:sort.unsupported");
    assertThat(
            problems(() -> as(admin()).slice(null, "x".repeat(201), null, PageRequest.first(10))))
        .containsExactly("q:field.tooLong");
    assertThatThrownBy(
            () -> as(LicensingFixture.coordinator()).slice(null, null, null, PageRequest.first(10)))
        .isInstanceOf(AccessRefusedException.class);
  }
}
