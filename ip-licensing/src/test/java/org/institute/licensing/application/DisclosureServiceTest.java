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
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.Acceptance;
import org.institute.licensing.DisclosureAction;
import org.institute.licensing.DisclosurePage;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.OwnershipView;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/**
 * Disclosures with inventors of NTU (60 %) and SCUT (40 %), submitted by NTU staff; today is 3 June
 * 2020.
 */
class DisclosureServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2020, 6, 3);
  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);
  private static final Caller SCUT = staffOf("scut.staff", Deals.SCUT);

  private final LicensingFixture fixture =
      new LicensingFixture(Instant.parse("2020-06-03T08:00:00Z"));

  private DisclosureService as(Caller caller) {
    return fixture.disclosureService(caller);
  }

  private static NewDisclosure disclosure(String title) {
    return new NewDisclosure(
        title,
        null,
        null,
        "Bacteria seal micro-cracks.",
        null,
        null,
        List.of(
            new Inventor("Li Wei", Deals.NTU, new BigDecimal("30"), null),
            new Inventor("Tan Mei", Deals.SCUT, new BigDecimal("40"), null),
            new Inventor("Ong Bo", Deals.NTU, new BigDecimal("30"), null)));
  }

  private long submitted() {
    return as(NTU).submit(disclosure("Self-healing concrete")).id();
  }

  @Test
  void aSubmissionIsAuditedAndTellsTheIpOffice() {
    DisclosureView view = as(NTU).submit(disclosure("Self-healing concrete"));

    assertThat(view.id()).isEqualTo(50L);
    assertThat(view.state()).isEqualTo(DisclosureState.SUBMITTED);
    assertThat(view.submittedBy()).isEqualTo("ntu.staff");
    // staff do not review their own disclosure
    assertThat(view.allowedActions()).isEmpty();
    assertThat(fixture.audit.entries)
        .containsExactly("DISCLOSURE_SUBMITTED Disclosure 50: \"Self-healing concrete\"");
    assertThat(fixture.mails.recipients()).containsExactly("admin@i.org", "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Invention disclosure #50 waits for review / 发明披露待审核");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo("\"Self-healing concrete\" was submitted by ntu.staff.\n");
  }

  @Test
  void anInventorOfAnUnknownPartnerIsNamedByPosition() {
    NewDisclosure n =
        new NewDisclosure(
            "Concrete",
            null,
            null,
            "Abstract",
            null,
            null,
            List.of(
                new Inventor("Li Wei", Deals.NTU, new BigDecimal("50"), null),
                new Inventor("Someone", 77, new BigDecimal("50"), null)));

    assertThat(problems(() -> as(NTU).submit(n)))
        .containsExactly("inventors[1].partnerId:partner.unknown");
    assertThat(fixture.disclosures.all).isEmpty();
    assertThat(fixture.mails.sent).isEmpty();
    assertThat(problems(() -> as(NTU).submit(null))).containsExactly("null:request.bodyRequired");
  }

  @Test
  void staffOfAPartnerWithoutAnInventorDiscloseNothing() {
    assertThatThrownBy(() -> as(staffOf(Deals.GKC)).submit(disclosure("Concrete")))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(LicensingFixture.coordinator()).submit(disclosure("Concrete")))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.disclosures.all).isEmpty();
  }

  @Test
  void anAcceptanceRegistersTheFamilyOwnedByTheInventorsPartnersAndTellsTheirStaff() {
    long id = submitted();
    fixture.mails.sent.clear();

    DisclosureView view =
        as(admin()).accept(id, new Acceptance("NTU-2020-1", LocalDate.of(2020, 5, 1), " ok "));

    assertThat(view.state()).isEqualTo(DisclosureState.ACCEPTED);
    assertThat(view.familyId()).isEqualTo(100L);
    assertThat(view.reviewComment()).isEqualTo("ok");
    var family = fixture.families.find(100).orElseThrow();
    assertThat(family.reference()).isEqualTo("NTU-2020-1");
    assertThat(family.title()).isEqualTo("Self-healing concrete");
    assertThat(family.priorityDate()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(fixture.patents(admin()).find(100).orElseThrow().currentOwners())
        .extracting(OwnershipView::partnerId, OwnershipView::percent)
        .containsExactly(
            tuple(Deals.NTU, new BigDecimal("60")), tuple(Deals.SCUT, new BigDecimal("40")));
    assertThat(fixture.audit.entries)
        .containsExactly(
            "DISCLOSURE_SUBMITTED Disclosure 50: \"Self-healing concrete\"",
            "DISCLOSURE_ACCEPTED Disclosure 50: ACCEPTED; patent family NTU-2020-1 (100)",
            "PATENT_FAMILY_REGISTERED PatentFamily 100: NTU-2020-1 from disclosure 50");
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org", "scut.staff@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Invention disclosure #50: ACCEPTED / 发明披露审核结果");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "\"Self-healing concrete\" is now ACCEPTED.\nReason / 理由: ok\n"
                + "Patent family / 专利族: 100\n");
  }

  @Test
  void anAcceptanceNeedsAPriorityDateNotInTheFutureAndAFreeReference() {
    long id = submitted();
    fixture.families.register(
        11,
        LocalDate.of(2019, 1, 1),
        new org.institute.licensing.Share(Deals.NTU, new BigDecimal("100")));

    assertThat(problems(() -> as(admin()).accept(id, null)))
        .containsExactly("priorityDate:field.required");
    assertThat(problems(() -> as(admin()).accept(id, new Acceptance("NEW-1", null, null))))
        .containsExactly("priorityDate:field.required");
    assertThat(
            problems(
                () -> as(admin()).accept(id, new Acceptance("NEW-1", TODAY.plusDays(1), null))))
        .containsExactly("priorityDate:licensing.disclosure.priority.future");
    assertThat(
            problems(
                () -> as(admin()).accept(id, new Acceptance("PF-11", TODAY.plusDays(1), null))))
        .containsExactly(
            "priorityDate:licensing.disclosure.priority.future",
            "reference:licensing.family.reference.taken");
    assertThat(fixture.disclosures.find(id).orElseThrow().state())
        .isEqualTo(DisclosureState.SUBMITTED);
    assertThat(fixture.families.all).hasSize(1);
    assertThat(as(admin()).accept(id, new Acceptance("NEW-1", TODAY, null)).state())
        .isEqualTo(DisclosureState.ACCEPTED);
  }

  @Test
  void onlyTheIpOfficeReviews() {
    long id = submitted();

    assertThatThrownBy(() -> as(SCUT).accept(id, new Acceptance("NEW-1", TODAY, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(SCUT).decline(id, "no")).isInstanceOf(AccessRefusedException.class);
    assertThat(fixture.families.all).isEmpty();
    assertThat(as(admin()).find(id).orElseThrow().allowedActions())
        .containsExactlyInAnyOrder(
            DisclosureAction.ACCEPT, DisclosureAction.REQUEST_CHANGES, DisclosureAction.DECLINE);
  }

  @Test
  void aSendBackAndARevisionGoRoundToTheReviewAgain() {
    long id = submitted();
    fixture.mails.sent.clear();

    DisclosureView back = as(admin()).requestChanges(id, "name the project");

    assertThat(back.state()).isEqualTo(DisclosureState.CHANGES_REQUESTED);
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org", "scut.staff@i.org");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "\"Self-healing concrete\" is now CHANGES_REQUESTED.\nReason / 理由: name the project\n");
    assertThat(as(NTU).find(id).orElseThrow().allowedActions())
        .containsExactly(DisclosureAction.REVISE);
    fixture.mails.sent.clear();

    DisclosureView revised = as(NTU).revise(id, disclosure("Self-healing concrete II"));

    assertThat(revised.state()).isEqualTo(DisclosureState.SUBMITTED);
    assertThat(revised.title()).isEqualTo("Self-healing concrete II");
    assertThat(fixture.mails.recipients()).containsExactly("admin@i.org", "admin2@i.org");
    assertThat(fixture.audit.entries)
        .containsExactly(
            "DISCLOSURE_SUBMITTED Disclosure 50: \"Self-healing concrete\"",
            "DISCLOSURE_CHANGES_REQUESTED Disclosure 50: CHANGES_REQUESTED; name the project",
            "DISCLOSURE_REVISED Disclosure 50: SUBMITTED");
    assertThat(fixture.disclosures.flushes).isEqualTo(2);
  }

  @Test
  void aRevisionChecksTheInventorsPartners() {
    long id = submitted();
    as(admin()).requestChanges(id, "name the project");
    NewDisclosure unknown =
        new NewDisclosure(
            "T",
            null,
            null,
            "A",
            null,
            null,
            List.of(new Inventor("X", 77, new BigDecimal("100"), null)));

    assertThat(problems(() -> as(NTU).revise(id, unknown)))
        .containsExactly("inventors[0].partnerId:partner.unknown");
    assertThat(fixture.disclosures.find(id).orElseThrow().state())
        .isEqualTo(DisclosureState.CHANGES_REQUESTED);
  }

  @Test
  void aDeclineTellsTheInventorsPartnersWithTheReason() {
    long id = submitted();
    fixture.mails.sent.clear();

    assertThat(as(admin()).decline(id, "prior art").state()).isEqualTo(DisclosureState.DECLINED);
    assertThat(fixture.mails.recipients()).containsExactly("ntu.staff@i.org", "scut.staff@i.org");
    assertThat(fixture.audit.entries)
        .contains("DISCLOSURE_DECLINED Disclosure 50: DECLINED; prior art");
    assertThatThrownBy(() -> as(admin()).decline(id, "again"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aParallelReviewIsAConflictAndTellsNobody() {
    long id = submitted();
    fixture.mails.sent.clear();
    fixture.disclosures.raceOnFlush = true;

    assertThatThrownBy(() -> as(admin()).decline(id, "prior art"))
        .isInstanceOf(ConflictException.class);
    assertThat(fixture.mails.sent).isEmpty();
    assertThat(fixture.audit.entries).hasSize(1);
  }

  @Test
  void aDisclosureIsReadByItsPartiesOnly() {
    long id = submitted();

    assertThat(as(SCUT).find(id)).isPresent();
    assertThat(as(staffOf(Deals.GKC)).find(id)).isEmpty();
    assertThat(as(admin()).find(99)).isEmpty();
    assertThatThrownBy(() -> as(staffOf(Deals.GKC)).decline(id, "no"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(as(staffOf(Deals.GKC)).list(null, 0, 10)).isEmpty();
    assertThat(as(SCUT).list(DisclosureState.SUBMITTED, 0, 10))
        .extracting(DisclosureView::id)
        .containsExactly(id);
    assertThat(as(SCUT).list(DisclosureState.ACCEPTED, 0, 10)).isEmpty();
    assertThatThrownBy(() -> as(LicensingFixture.coordinator()).list(null, 0, 10))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aSearchIsReadInTheCallersScopeWithItsTotal() {
    long id = submitted();

    DisclosurePage found = as(SCUT).search(null, "  ", "title,asc", 0, 10);
    assertThat(found.disclosures()).extracting(DisclosureView::id).containsExactly(id);
    assertThat(found.total()).isEqualTo(1);
    assertThat(as(staffOf(Deals.GKC)).search(null, null, null, 0, 10).total()).isZero();
    assertThat(as(SCUT).search(null, "no such words", null, 0, 10).disclosures()).isEmpty();
  }

  @Test
  void aSearchRefusesAnUnknownSortAndAnOverlongText() {
    assertThat(problems(() -> as(admin()).search(null, null, "abstract,asc", 0, 10)))
        .containsExactly("sort:sort.unsupported");
    assertThat(problems(() -> as(admin()).search(null, "x".repeat(201), null, 0, 10)))
        .containsExactly("q:field.tooLong");
  }

  @Test
  void anInventorWithoutPartnerIsLeftToTheDisclosuresOwnChecks() {
    NewDisclosure n =
        new NewDisclosure(
            " ",
            null,
            null,
            "Abstract",
            null,
            null,
            List.of(new Inventor("Li Wei", 0, new BigDecimal("100"), null)));

    // partner 0 is no partner: the disclosure reports it with every other problem at once
    assertThat(problems(() -> as(admin()).submit(n)))
        .containsExactlyInAnyOrder(
            "title:field.required", "inventors[0].partnerId:partner.unknown");
  }

  @Test
  void onlyADisclosureSentBackIsRevised() {
    long id = submitted();

    assertThatThrownBy(() -> as(NTU).revise(id, disclosure("Again")))
        .isInstanceOf(ConflictException.class);
    assertThat(fixture.disclosures.find(id).orElseThrow().title())
        .isEqualTo("Self-healing concrete");
  }

  @Test
  void aRevisionIsCheckedLikeASubmissionAndReplacesTheInventors() {
    long id = submitted();
    as(admin()).requestChanges(id, "name the project");
    NewDisclosure scutOnly =
        new NewDisclosure(
            "Concrete",
            null,
            null,
            "Abstract",
            "  RP-2020-07 ",
            null,
            List.of(new Inventor("Tan Mei", Deals.SCUT, new BigDecimal("100"), null)));
    NewDisclosure untitled =
        new NewDisclosure(
            " ",
            null,
            null,
            "Abstract",
            null,
            null,
            List.of(new Inventor("Li Wei", Deals.NTU, new BigDecimal("100"), null)));

    assertThat(problems(() -> as(NTU).revise(id, untitled)))
        .containsExactly("title:field.required");
    // NTU staff may not disclose for SCUT alone
    assertThatThrownBy(() -> as(NTU).revise(id, scutOnly))
        .isInstanceOf(AccessRefusedException.class);

    DisclosureView revised = as(admin()).revise(id, scutOnly);
    assertThat(revised.inventors()).extracting(Inventor::name).containsExactly("Tan Mei");
    assertThat(revised.researchProject()).isEqualTo("RP-2020-07");
    NewDisclosure noProject =
        new NewDisclosure("Concrete", null, null, "Abstract", " ", null, scutOnly.inventors());
    as(admin()).requestChanges(id, "again");
    assertThat(as(admin()).revise(id, noProject).researchProject()).isNull();
  }

  @Test
  void onlyTheIpOfficeSendsBackAndOnlyASubmittedDisclosure() {
    long id = submitted();

    assertThatThrownBy(() -> as(SCUT).requestChanges(id, "no"))
        .isInstanceOf(AccessRefusedException.class);
    as(admin()).decline(id, "prior art");
    assertThatThrownBy(() -> as(admin()).requestChanges(id, "no"))
        .isInstanceOf(ConflictException.class);
    assertThat(fixture.disclosures.find(id).orElseThrow().state())
        .isEqualTo(DisclosureState.DECLINED);
  }

  @Test
  void aReviewCommentIsOptionalOnAcceptanceAndAtMostTwoThousandCharacters() {
    long accepted = submitted();
    long declined = submitted();

    assertThat(problems(() -> as(admin()).decline(declined, "r".repeat(2001))))
        .containsExactly("comment:field.tooLong");
    assertThat(as(admin()).decline(declined, "r".repeat(2000)).reviewComment()).hasSize(2000);
    assertThat(as(admin()).accept(accepted, new Acceptance("NEW-1", TODAY, null)).reviewComment())
        .isNull();
    assertThat(fixture.mails.sent.get(fixture.mails.sent.size() - 1).body())
        .doesNotContain("Reason");
  }
}
