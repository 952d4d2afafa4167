package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.testing.TestCaller;
import org.institute.licensing.ConsentView;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealPipeline;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealView;
import org.institute.licensing.InboxPage;
import org.institute.licensing.InboxRow;
import org.institute.licensing.LicenceDeals.SignedAgreement;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.junit.jupiter.api.Test;

/**
 * Deals as their readers see them: deal 1 under review, deal 2 waiting for SCUT's consent, deal 3
 * executed with its signed copy, all licensed by NTU, SCUT and GKC to Huaxin.
 */
class DealReadModelTest {

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);
  private final LicenceDeal underReview = fixture.deals.put(1, Deals.in(DealState.UNDER_REVIEW));
  private final LicenceDeal pending = fixture.deals.put(2, Deals.in(DealState.CONSENTS_PENDING));
  private final LicenceDeal executed;

  DealReadModelTest() {
    LicenceDeal deal = Deals.threeOwnerDraft();
    Deals.approved(deal);
    long pdf = fixture.documents.storePdf("signedPdf", "agreement.pdf", new byte[] {1, 2}).id();
    deal.execute(Deals.NTU_STAFF, Deals.SIGNED_ON, pdf, Deals.SIGNED_ON, Deals.NOW, null);
    executed = fixture.deals.put(3, deal);
  }

  @Test
  void aDealIsShownWithItsPartiesNamedAndTheCallersSteps() {
    DealView view = fixture.readModel(staffOf(Deals.SCUT)).find(2).orElseThrow();

    assertThat(view.licenseeName()).isEqualTo("Huaxin");
    assertThat(view.licensors())
        .extracting(
            DealView.PartyView::partnerId, DealView.PartyView::code, DealView.PartyView::name)
        .containsExactly(
            tuple(Deals.NTU, "NTU", "Nanyang Technological University"),
            tuple(Deals.SCUT, "SCUT", "South China University of Technology"),
            tuple(Deals.GKC, "#3", "#3"));
    assertThat(view.consents())
        .extracting(
            ConsentView::partnerId,
            ConsentView::partnerName,
            ConsentView::givenBy,
            ConsentView::givenAt)
        .containsExactlyInAnyOrder(
            tuple(Deals.SCUT, "South China University of Technology", null, null),
            tuple(Deals.GKC, "#3", "gkc.staff", Deals.NOW));
    assertThat(view.allowedActions())
        .containsExactlyInAnyOrder(DealAction.CONSENT, DealAction.REQUEST_CHANGES);
    assertThat(fixture.readModel(staffOf(Deals.LICENSEE)).find(2).orElseThrow().allowedActions())
        .isEmpty();
  }

  @Test
  void aDealOutsideTheScopeIsAbsentNotForbidden() {
    assertThat(fixture.readModel(staffOf(42)).find(1)).isEmpty();
    assertThat(fixture.readModel(admin()).find(99)).isEmpty();
    assertThatThrownBy(() -> fixture.readModel(staffOf(42)).visible(1))
        .isInstanceOf(RecordNotFoundException.class)
        .hasMessageContaining("licence deal 1");
    assertThat(fixture.readModel(staffOf(Deals.LICENSEE)).visible(1)).isSameAs(underReview);
    assertThatThrownBy(() -> fixture.readModel(LicensingFixture.coordinator()).find(1))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theListNamesTheLicenseesAndCountsInTheCallersScope() {
    DealPage page = fixture.readModel(admin()).list(null, 1, 10);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.offset()).isEqualTo(1);
    assertThat(page.limit()).isEqualTo(10);
    assertThat(page.deals())
        .extracting(DealRow::id, DealRow::licenseeName)
        .containsExactly(tuple(2L, "Huaxin"), tuple(3L, "Huaxin"));
    assertThat(
            fixture
                .readModel(staffOf(Deals.NTU))
                .list(new DealQuery(DealState.EXECUTED, null, null, null, "-title"), 0, 10)
                .deals())
        .extracting(DealRow::id)
        .containsExactly(3L);
    assertThat(fixture.readModel(staffOf(42)).list(DealQuery.all(), 0, 10).deals()).isEmpty();
  }

  @Test
  void theListSortsOnlyByItsColumns() {
    DealReadModel model = fixture.readModel(admin());
    assertThat(problems(() -> model.list(new DealQuery(null, null, null, null, "licensee"), 0, 10)))
        .containsExactly("sort:sort.unsupported");
    assertThat(problems(() -> model.list(new DealQuery(null, null, null, null, "-secret"), 0, 10)))
        .containsExactly("sort:sort.unsupported");
    assertThat(
            problems(() -> model.list(new DealQuery(null, null, null, null, "-totalValue"), 0, 10)))
        .isEmpty();
    assertThat(problems(() -> model.list(new DealQuery(null, null, null, null, " "), 0, 10)))
        .isEmpty();
  }

  @Test
  void theSearchFindsATitleADealNumberOrAPartyByName() {
    DealReadModel model = fixture.readModel(admin());
    String title = underReview.title();

    assertThat(ids(model, title.substring(2, 8).toUpperCase())).containsExactly(1L, 2L, 3L);
    assertThat(ids(model, "#2")).containsExactly(2L);
    assertThat(ids(model, "3")).containsExactly(3L);
    assertThat(ids(model, "huax")).containsExactly(1L, 2L, 3L);
    assertThat(ids(model, "South China")).containsExactly(1L, 2L, 3L);
    assertThat(ids(model, "hx")).containsExactly(1L, 2L, 3L);
    assertThat(ids(model, "nothing like it")).isEmpty();
    assertThat(model.list(new DealQuery(null, null, null, null, null, "#2"), 0, 10).total())
        .isEqualTo(1);
  }

  @Test
  void theSearchStaysInTheCallersScope() {
    assertThat(ids(fixture.readModel(staffOf(42)), "huax")).isEmpty();
  }

  @Test
  void anOverlongSearchIsRefusedNamingQ() {
    DealReadModel model = fixture.readModel(admin());
    assertThat(
            problems(
                () ->
                    model.list(new DealQuery(null, null, null, null, null, "x".repeat(201)), 0, 9)))
        .containsExactly("q:field.tooLong");
  }

  @Test
  void theSortTakesAFieldAndADirection() {
    DealReadModel model = fixture.readModel(admin());
    assertThat(
            problems(() -> model.list(new DealQuery(null, null, null, null, "title,desc"), 0, 10)))
        .isEmpty();
    assertThat(problems(() -> model.list(new DealQuery(null, null, null, null, "title,up"), 0, 10)))
        .containsExactly("sort:sort.unsupported");
  }

  private static java.util.List<Long> ids(DealReadModel model, String text) {
    return model.list(new DealQuery(null, null, null, null, null, text), 0, 10).deals().stream()
        .map(DealRow::id)
        .toList();
  }

  @Test
  void theCountsByStateAreOfTheCallersScope() {
    fixture.deals.put(4, Deals.ntuOnlyDraft());

    assertThat(fixture.readModel(admin()).countByState())
        .isEqualTo(
            Map.of(
                DealState.UNDER_REVIEW, 1L,
                DealState.CONSENTS_PENDING, 1L,
                DealState.EXECUTED, 1L,
                DealState.DRAFT, 1L));
    assertThat(fixture.readModel(staffOf(Deals.SCUT)).countByState())
        .doesNotContainKey(DealState.DRAFT);
  }

  @Test
  void thePipelineTakesThePagesTotalFromTheCountsByStateUnlessSearched() {
    fixture.deals.put(4, Deals.ntuOnlyDraft());
    DealReadModel admin = fixture.readModel(admin());

    DealPipeline all = admin.pipeline(DealQuery.all(), 0, 2);
    assertThat(all.counts()).isEqualTo(admin.countByState());
    assertThat(all.page().total()).isEqualTo(4);
    assertThat(all.page().deals()).hasSize(2);
    DealPipeline drafts =
        admin.pipeline(new DealQuery(DealState.DRAFT, null, null, null, null, null), 0, 10);
    assertThat(drafts.page().total()).isEqualTo(1);
    assertThat(drafts.page().deals()).extracting(DealRow::id).containsExactly(4L);
    assertThat(
            admin
                .pipeline(new DealQuery(DealState.REJECTED, null, null, null, null, null), 0, 10)
                .page()
                .total())
        .isZero();
    assertThat(fixture.deals.counts).as("no count of its own without a search").isZero();

    DealPipeline searched =
        admin.pipeline(new DealQuery(null, null, null, null, null, "Huaxin"), 0, 10);
    assertThat(fixture.deals.counts).isEqualTo(1);
    assertThat(searched.page().total()).isEqualTo(searched.page().deals().size());
    assertThat(searched.counts()).isEqualTo(all.counts());
    // the same page as the list gives, which counts
    assertThat(drafts.page())
        .isEqualTo(admin.list(new DealQuery(DealState.DRAFT, null, null, null, null, null), 0, 10));
  }

  @Test
  void anAdminsInboxHoldsTheDealsToApproveWithTheStepsTheyMayTake() {
    InboxPage inbox = fixture.readModel(admin()).inbox(0, 20);

    assertThat(fixture.deals.lastInbox).isEqualTo("true null admin");
    assertThat(inbox.total()).isEqualTo(1);
    InboxRow row = inbox.deals().get(0);
    assertThat(row.id()).isEqualTo(1L);
    assertThat(row.licenseeName()).isEqualTo("Huaxin");
    assertThat(row.submittedBy()).isEqualTo("ntu.staff");
    assertThat(row.allowedActions())
        .containsExactlyInAnyOrder(
            DealAction.APPROVE, DealAction.REJECT, DealAction.REQUEST_CHANGES);
  }

  @Test
  void aPartnersInboxHoldsTheDealsWaitingForItsConsent() {
    InboxPage inbox = fixture.readModel(staffOf("scut.staff", Deals.SCUT)).inbox(0, 20);

    assertThat(fixture.deals.lastInbox).isEqualTo("false 2 scut.staff");
    assertThat(inbox.deals())
        .extracting(InboxRow::id, InboxRow::allowedActions)
        .containsExactly(
            tuple(2L, java.util.Set.of(DealAction.CONSENT, DealAction.REQUEST_CHANGES)));
    assertThat(fixture.readModel(staffOf(Deals.NTU)).inbox(0, 20).deals()).isEmpty();
  }

  @Test
  void anInboxReadByKeysetIsTheInboxByPositionPageByPageCountedOnlyWhenAsked() {
    DealReadModel scut = fixture.readModel(staffOf("scut.staff", Deals.SCUT));
    DealReadModel admin = fixture.readModel(admin());

    var first = admin.inbox(new org.institute.core.PageRequest(null, 1, true));
    assertThat(first.items()).extracting(InboxRow::id).containsExactly(1L);
    assertThat(first.exactTotal()).contains(1L);
    assertThat(first.nextCursor()).isEmpty();
    assertThat(fixture.deals.lastInbox).isEqualTo("true null admin");
    assertThat(first.items().get(0).allowedActions())
        .isEqualTo(admin.inbox(0, 20).deals().get(0).allowedActions());

    var consents = scut.inbox(org.institute.core.PageRequest.first(20));
    assertThat(consents.items())
        .extracting(InboxRow::id, InboxRow::allowedActions)
        .containsExactly(
            tuple(2L, java.util.Set.of(DealAction.CONSENT, DealAction.REQUEST_CHANGES)));
    assertThat(consents.exactTotal()).isEmpty();
  }

  @Test
  void anInboxCursorOfAnotherOrderIsRefusedNamingTheCursor() {
    var byTitle =
        org.institute.core.PageCursor.after(
            org.institute.core.ListSort.ascending("title"), "A", 1L);
    assertThatThrownBy(
            () ->
                fixture
                    .readModel(admin())
                    .inbox(new org.institute.core.PageRequest(byTitle, 10, false)))
        .isInstanceOfSatisfying(
            org.institute.core.InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("cursor"));
  }

  @Test
  void aReaderWhoNeitherApprovesNorConsentsHasAnEmptyInbox() {
    var council =
        new TestCaller(
            "council",
            java.util.Set.of(org.institute.core.Role.COUNCIL),
            java.util.Optional.empty());

    InboxPage inbox = fixture.readModel(council).inbox(5, 20);

    assertThat(inbox.deals()).isEmpty();
    assertThat(inbox.total()).isZero();
    assertThat(inbox.offset()).isEqualTo(5);
    assertThat(inbox.limit()).isEqualTo(20);
    assertThat(fixture.deals.lastInbox).isNull();
    var none = fixture.readModel(council).inbox(new org.institute.core.PageRequest(null, 20, true));
    assertThat(none.items()).isEmpty();
    assertThat(none.exactTotal()).contains(0L);
    assertThat(fixture.deals.lastInbox).isNull();
    assertThatThrownBy(() -> fixture.readModel(LicensingFixture.coordinator()).inbox(0, 20))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                fixture
                    .readModel(LicensingFixture.coordinator())
                    .inbox(org.institute.core.PageRequest.first(20)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theSignedAgreementIsTheStoredCopyOfAnExecutedDeal() {
    SignedAgreement agreement =
        fixture.readModel(staffOf(Deals.LICENSEE)).signedAgreement(3).orElseThrow();

    assertThat(agreement.fileName()).isEqualTo("agreement.pdf");
    assertThat(agreement.content()).containsExactly(1, 2);
    assertThat(fixture.readModel(admin()).signedAgreement(1)).isEmpty();
    assertThatThrownBy(() -> fixture.readModel(staffOf(42)).signedAgreement(3))
        .isInstanceOf(RecordNotFoundException.class);
    fixture.documents.contents.clear();
    assertThat(fixture.readModel(admin()).signedAgreement(3)).isEmpty();
    fixture.documents.stored.clear();
    assertThat(fixture.readModel(admin()).signedAgreement(3)).isEmpty();
    assertThat(executed.signedDocumentId()).isEqualTo(700L);
  }
}
