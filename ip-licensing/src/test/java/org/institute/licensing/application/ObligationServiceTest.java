package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.DealState;
import org.institute.licensing.ObligationAction;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.ObligationView;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationSchedule;
import org.junit.jupiter.api.Test;

/**
 * The obligations of the executed three-owner deal of {@link Deals} (deal 5, term 2021 to 2026,
 * royalty reports due 60 days after each contract year); today is 1 February 2022.
 */
class ObligationServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2022, 2, 1);
  private static final LocalDate FIRST_REPORT_DUE = LocalDate.of(2022, 3, 1);

  private final LicensingFixture fixture =
      new LicensingFixture(Instant.parse("2022-02-01T06:00:00Z"));
  private final LicenceDeal deal = fixture.deals.put(5, Deals.in(DealState.EXECUTED));

  private ObligationService as(Caller caller) {
    return fixture.obligationService(caller);
  }

  private Obligation milestone(long dealId, LocalDate due, String amount) {
    Obligation o =
        new Obligation(
            dealId,
            "SGD",
            new ObligationSchedule.Planned(
                "M1",
                ObligationKind.MILESTONE_PAYMENT,
                "First commercial sale",
                null,
                null,
                due,
                new BigDecimal(amount)));
    fixture.obligations.add(o);
    return o;
  }

  @Test
  void anExecutedDealGetsItsRoyaltyReportsOnceAndTheDerivationIsAudited() {
    as(admin()).deriveFor(deal);
    as(admin()).deriveFor(deal);

    // contract years 2021 to 2025 and the last day, 1 January 2026
    assertThat(fixture.obligations.all)
        .extracting(Obligation::key)
        .containsExactly("R1", "R2", "R3", "R4", "R5", "R6");
    assertThat(fixture.obligations.all.get(0).due()).isEqualTo(FIRST_REPORT_DUE);
    assertThat(fixture.obligations.all.get(0).currency()).isEqualTo("SGD");
    assertThat(fixture.audit.entries)
        .containsExactly(
            "LICENCE_OBLIGATIONS_DERIVED LicenceDeal 5: 6 obligation(s), first due 2022-03-01");
  }

  @Test
  void anUnsignedDealGetsNone() {
    as(admin()).deriveFor(fixture.deals.put(6, Deals.in(DealState.APPROVED)));

    assertThat(fixture.obligations.all).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void theDealsObligationsAreShownWithTheLicenseeAndWhatTheCallerMayDo() {
    as(admin()).deriveFor(deal);
    milestone(8, FIRST_REPORT_DUE, "100.00");

    var views = as(admin()).ofDeal(5);

    assertThat(views).hasSize(6);
    ObligationView first = views.get(0);
    assertThat(first.dealTitle()).isEqualTo("Solid-state battery electrolyte");
    assertThat(first.licenseeId()).isEqualTo(Deals.LICENSEE);
    assertThat(first.licenseeName()).isEqualTo("Huaxin");
    assertThat(first.status()).isEqualTo(ObligationStatus.DUE);
    assertThat(views.get(1).status()).isEqualTo(ObligationStatus.UPCOMING);
    assertThat(first.allowedActions()).containsExactly(ObligationAction.WAIVE);
    assertThat(as(staffOf(Deals.NTU)).ofDeal(5).get(0).allowedActions()).isEmpty();
    assertThatThrownBy(() -> as(staffOf(42)).ofDeal(5)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void anAdminWaivesAnOpenObligationWithAReason() {
    Obligation m = milestone(5, FIRST_REPORT_DUE, "100.00");

    ObligationView view = as(admin()).waive(5, m.id(), "  renegotiated  ");

    assertThat(view.status()).isEqualTo(ObligationStatus.WAIVED);
    assertThat(view.waivedBy()).isEqualTo("admin");
    assertThat(view.waiveReason()).isEqualTo("renegotiated");
    assertThat(view.allowedActions()).isEmpty();
    assertThat(fixture.audit.entries)
        .containsExactly(
            "LICENCE_OBLIGATION_WAIVED LicenceDeal 5: M1 First commercial sale due 2022-03-01;"
                + " reason: renegotiated");
  }

  @Test
  void aWaiverNeedsAnAdminAReasonOfAtMostAThousandCharactersAndThisDealsObligation() {
    Obligation m = milestone(5, FIRST_REPORT_DUE, "100.00");
    Obligation elsewhere = milestone(8, FIRST_REPORT_DUE, "100.00");

    assertThatThrownBy(() -> as(staffOf(Deals.NTU)).waive(5, m.id(), "no"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(admin()).waive(5, elsewhere.id(), "no"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(problems(() -> as(admin()).waive(5, m.id(), null)))
        .containsExactly("comment:licensing.deal.reason.required");
    assertThat(problems(() -> as(admin()).waive(5, m.id(), "  ")))
        .containsExactly("comment:licensing.deal.reason.required");
    assertThat(problems(() -> as(admin()).waive(5, m.id(), "r".repeat(1001))))
        .containsExactly("comment:field.tooLong");
    assertThat(m.isOpen()).isTrue();
    assertThat(fixture.audit.entries).isEmpty();
    assertThat(problems(() -> as(admin()).waive(5, m.id(), "r".repeat(1000)))).isEmpty();
    assertThat(m.isOpen()).isFalse();
  }

  @Test
  void anOpenObligationIsRemindedToTheLicenseeAndTheAdminsOncePerStage() {
    Obligation m = milestone(5, TODAY.plusDays(20), "2500.50");

    assertThat(as(LicensingFixture.system()).remind(TODAY)).isEqualTo(1);

    assertThat(fixture.mails.recipients())
        .containsExactly("huaxin.staff@i.org", "admin@i.org", "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Licence obligation due in 20 days: deal #5 First commercial sale / 许可义务到期提醒");
    assertThat(fixture.mails.sent.get(0).body())
        .startsWith(
            "Licence deal #5 \"Solid-state battery electrolyte\": First commercial sale is due on"
                + " 2022-02-21 (SGD 2500.50).\n");
    assertThat(fixture.obligations.reminders).containsExactly(m.id() + " 2022-02-21 30");
    assertThat(fixture.audit.entries)
        .containsExactly(
            "LICENCE_OBLIGATION_REMINDED LicenceDeal 5: M1 due 2022-02-21, stage 30 days, sent 20"
                + " days ahead, 3 recipient(s)");

    assertThat(as(LicensingFixture.system()).remind(TODAY.plusDays(1))).isZero();
    assertThat(as(LicensingFixture.system()).remind(TODAY.plusDays(13))).isEqualTo(1);
    assertThat(fixture.obligations.reminders)
        .containsExactly(m.id() + " 2022-02-21 30", m.id() + " 2022-02-21 7");
  }

  @Test
  void aReportWithoutAmountIsRemindedWithoutOneAndClosedOnesAreNot() {
    as(admin()).deriveFor(deal);
    Obligation waived = milestone(5, TODAY.plusDays(5), "10.00");
    waived.waive("admin", "renegotiated", Instant.EPOCH);

    int sent = as(admin()).remind(FIRST_REPORT_DUE.minusDays(30));

    assertThat(sent).isEqualTo(1);
    assertThat(fixture.mails.sent.get(0).body())
        .startsWith(
            "Licence deal #5 \"Solid-state battery electrolyte\": Royalty report, contract year 1"
                + " is due on 2022-03-01.\n");
  }

  @Test
  void noReminderIsSentBeforeTheFurthestStageOrWithoutStages() {
    milestone(5, TODAY.plusDays(31), "10.00");
    assertThat(as(admin()).remind(TODAY)).isZero();
    assertThat(as(admin()).remind(TODAY.plusDays(1))).isEqualTo(1);

    ObligationService none = as(admin());
    LicensingFixture.set(none, "reminderDays", "never");
    assertThat(none.remind(TODAY.plusDays(25))).isZero();
  }

  @Test
  void theListHoldsTheObligationsOfTheCallersDealsWithTheirLicensee() {
    as(admin()).deriveFor(deal);
    fixture.deals.put(6, Deals.ntuOnlyDraft());
    milestone(6, FIRST_REPORT_DUE, "10.00");

    var all = as(admin()).list(null, null, null, 1, 10);
    assertThat(all.total()).isEqualTo(7);
    assertThat(all.offset()).isEqualTo(1);
    assertThat(all.limit()).isEqualTo(10);
    assertThat(all.obligations()).hasSize(6);
    assertThat(all.obligations().get(0).licenseeName()).isEqualTo("Huaxin");
    assertThat(all.obligations().get(0).dealTitle()).isEqualTo("Solid-state battery electrolyte");

    var scut = as(staffOf(Deals.SCUT)).list(ObligationStatus.DUE, null, null, 0, 10);
    assertThat(scut.obligations())
        .extracting(ObligationView::dealId, ObligationView::due)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, FIRST_REPORT_DUE));
    assertThat(
            as(admin())
                .list(null, FIRST_REPORT_DUE.plusDays(1), LocalDate.of(2023, 12, 31), 0, 10)
                .obligations())
        .extracting(ObligationView::description)
        .containsExactly("Royalty report, contract year 2");
    var none = as(staffOf(42)).list(null, null, null, 0, 10);
    assertThat(none.obligations()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void aReminderOnTheDueDayItselfIsSentWhenConfigured() {
    milestone(5, TODAY, "10.00");
    ObligationService onTheDay = as(admin());
    LicensingFixture.set(onTheDay, "reminderDays", "0");

    assertThat(onTheDay.remind(TODAY)).isEqualTo(1);
    assertThat(fixture.mails.sent.get(0).subject()).startsWith("Licence obligation due in 0 days");
  }
}
