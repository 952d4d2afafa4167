package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.DealState;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.NewPayment;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.PaymentAction;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentView;
import org.institute.licensing.PaymentVoided;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationSchedule;
import org.junit.jupiter.api.Test;

/**
 * Payments of the executed three-owner deal of {@link Deals}: family 11 owned half by NTU and half
 * by SCUT, family 12 by GKC alone, so NTU and SCUT get a quarter each and GKC half.
 */
class DealPaymentServiceTest {

  private static Caller admin() {
    return LicensingFixture.admin();
  }

  private static Caller staffOf(long partner) {
    return LicensingFixture.staffOf(partner);
  }

  private static List<String> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  private static final LocalDate TODAY = LocalDate.of(2020, 9, 1);
  private static final Instant NOW = Instant.parse("2020-09-01T04:00:00Z");

  private final LicensingFixture fixture = new LicensingFixture(NOW);
  private final LicenceDeal deal = fixture.deals.put(5, Deals.in(DealState.EXECUTED));
  private final LicensingFixture.Families families = fixture.families;
  private final LicensingFixture.Payments payments = fixture.payments;
  private final LicensingFixture.Audit audit = fixture.audit;
  private final LicensingFixture.Fired<PaymentRecorded> fired = fixture.paid;
  private final LicensingFixture.Rates rates = fixture.rates;
  private final LicensingFixture.Fired<PaymentVoided> voidedEvents = fixture.voided;
  private final InMemoryObligations obligations = fixture.obligations;

  DealPaymentServiceTest() {
    families.registerNtuScutHalves(11);
    families.register(12, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));
  }

  private DealPaymentService service(Caller caller) {
    return fixture.payments(caller);
  }

  private static NewPayment payment(LocalDate on, String amount, String currency) {
    return new NewPayment(
        on,
        amount == null ? null : new BigDecimal(amount),
        currency,
        PaymentPurpose.ROYALTY,
        "  Q2  ",
        null);
  }

  @Test
  void aSgdPaymentIsConvertedAndSplitToTheCentInBothCurrencies() {
    PaymentView view =
        service(LicensingFixture.admin())
            .recordPayment(5, payment(LocalDate.of(2020, 7, 1), "1000.01", "SGD"));

    assertThat(view.amountSgd()).isEqualByComparingTo("1000.01");
    assertThat(view.amountCny()).isEqualByComparingTo("5300.05");
    assertThat(view.sgdToCnyRate()).isEqualByComparingTo("5.3");
    assertThat(view.rateDate()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(view.note()).isEqualTo("Q2");
    assertThat(view.staleRate()).isFalse();
    assertThat(view.recordedBy()).isEqualTo("admin");
    assertThat(view.recordedAt()).isEqualTo(NOW);
    assertThat(view.distribution())
        .extracting(
            PaymentView.DistributionLine::partnerId,
            PaymentView.DistributionLine::partnerName,
            PaymentView.DistributionLine::sharePercent,
            PaymentView.DistributionLine::amountSgd,
            PaymentView.DistributionLine::amountCny)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Deals.NTU,
                "Nanyang Technological University",
                new BigDecimal("25"),
                new BigDecimal("250.00"),
                new BigDecimal("1325.01")),
            org.assertj.core.groups.Tuple.tuple(
                Deals.SCUT,
                "South China University of Technology",
                new BigDecimal("25"),
                new BigDecimal("250.00"),
                new BigDecimal("1325.01")),
            // a partner the directory does not know is shown by its number
            org.assertj.core.groups.Tuple.tuple(
                Deals.GKC,
                "#3",
                new BigDecimal("50"),
                new BigDecimal("500.01"),
                new BigDecimal("2650.03")));
    assertThat(fired.events).hasSize(1);
    PaymentRecorded event = fired.events.get(0);
    assertThat(event.dealId()).isEqualTo(5L);
    assertThat(event.amountCny()).isEqualByComparingTo("5300.05");
    assertThat(event.parts())
        .extracting(PaymentRecorded.Part::amountSgd)
        .containsExactly(
            new BigDecimal("250.00"), new BigDecimal("250.00"), new BigDecimal("500.01"));
    assertThat(audit.entries)
        .containsExactly(
            "LICENCE_PAYMENT_RECORDED LicenceDeal 5: SGD 1,000.01 received 2020-07-01 for ROYALTY"
                + " = SGD 1000.01 / CNY 5300.05 at 5.3 (2020-06-30); split:"
                + " NTU 25% SGD 250.00 CNY 1325.01; SCUT 25% SGD 250.00 CNY 1325.01;"
                + " #3 50% SGD 500.01 CNY 2650.03; waterfall: INSTITUTION family #11 NTU SGD 250.00;"
                + " INSTITUTION family #11 SCUT SGD 250.00; INSTITUTION family #12 #3 SGD 500.01;");
  }

  @Test
  void aCnyPaymentKeepsItsRateAsCnyPerSgd() {
    PaymentView view =
        service(LicensingFixture.staffOf(Deals.NTU))
            .recordPayment(5, payment(LocalDate.of(2020, 7, 1), "530.00", "CNY"));

    assertThat(view.amountCny()).isEqualByComparingTo("530.00");
    assertThat(view.amountSgd()).isEqualByComparingTo("100.00");
    // the inverse of the quoted SGD per CNY (0.18867925), kept to eight places
    assertThat(view.sgdToCnyRate()).isEqualByComparingTo("5.29999987");
    assertThat(view.recordedBy()).isEqualTo("staff1");
  }

  @Test
  void theStatementTotalsEveryPaymentPerPartner() {
    DealPaymentService service = service(LicensingFixture.admin());
    service.recordPayment(5, payment(LocalDate.of(2020, 7, 1), "1000.01", "SGD"));
    service.recordPayment(5, payment(LocalDate.of(2020, 8, 1), "530.00", "CNY"));

    DistributionStatement statement = service.distribution(5);

    assertThat(statement.totalSgd()).isEqualByComparingTo("1100.01");
    assertThat(statement.totalCny()).isEqualByComparingTo("5830.05");
    assertThat(statement.partners())
        .extracting(
            DistributionStatement.PartnerTotal::partnerId,
            DistributionStatement.PartnerTotal::sgd,
            DistributionStatement.PartnerTotal::cny)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Deals.NTU, new BigDecimal("275.00"), new BigDecimal("1457.51")),
            org.assertj.core.groups.Tuple.tuple(
                Deals.SCUT, new BigDecimal("275.00"), new BigDecimal("1457.51")),
            org.assertj.core.groups.Tuple.tuple(
                Deals.GKC, new BigDecimal("550.01"), new BigDecimal("2915.03")));
    assertThat(statement.payments()).hasSize(2);
  }

  @Test
  void aPaymentIsDatedNotInTheFutureNorBeforeSigningAndHasARate() {
    DealPaymentService service = service(LicensingFixture.admin());
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(TODAY.plusDays(1), "1", "SGD"))))
        .containsExactly("receivedOn:licensing.payment.inFuture");
    assertThat(
            LicensingFixture.problems(() -> service.recordPayment(5, payment(TODAY, "1", "SGD"))))
        .isEmpty();
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(Deals.SIGNED_ON.minusDays(1), "1", "SGD"))))
        .containsExactly("receivedOn:licensing.payment.beforeSigning");
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(Deals.SIGNED_ON, "1", "SGD"))))
        .isEmpty();
    assertThat(payments.all).hasSize(2);
  }

  @Test
  void theAmountIsPositiveBelowATrillionInCentsAndInSgdOrCny() {
    DealPaymentService service = service(LicensingFixture.admin());
    LocalDate on = LocalDate.of(2020, 7, 1);
    assertThat(LicensingFixture.problems(() -> service.recordPayment(5, payment(on, null, null))))
        .containsExactly("currency:currency.unsupported", "amount:field.required");
    assertThat(LicensingFixture.problems(() -> service.recordPayment(5, payment(on, "0", "EUR"))))
        .containsExactly("currency:currency.unsupported", "amount:amount.notPositive");
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(on, "1000000000000", "SGD"))))
        .containsExactly("amount:amount.outOfRange");
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(on, "999999999999.99", "SGD"))))
        .isEmpty();
    assertThat(
            LicensingFixture.problems(() -> service.recordPayment(5, payment(on, "0.001", "SGD"))))
        .containsExactly("amount:amount.tooPrecise");
    assertThat(
            LicensingFixture.problems(
                () ->
                    service.recordPayment(
                        5,
                        new NewPayment(null, BigDecimal.ONE, "SGD", null, "n".repeat(501), null))))
        .containsExactly(
            "receivedOn:field.required", "purpose:field.required", "note:field.tooLong");
    assertThatThrownBy(() -> service.recordPayment(5, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(payments.all).hasSize(1);
    assertThat(fired.events).hasSize(1);
  }

  @Test
  void aPaymentOnADayWithoutRateIsRefusedAndNothingRecorded() {
    rates.firstRate = LocalDate.of(2020, 7, 1);
    DealPaymentService service = service(LicensingFixture.admin());
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(LocalDate.of(2020, 6, 30), "1", "SGD"))))
        .containsExactly("receivedOn:fx.noRate");
    assertThat(
            LicensingFixture.problems(
                () -> service.recordPayment(5, payment(LocalDate.of(2020, 7, 1), "1", "SGD"))))
        .isEmpty();
    assertThat(payments.all).hasSize(1);
  }

  @Test
  void aPaymentBeforeAnyFamilyHadAnOwnerIsRefused() {
    families.all.clear();
    families.register(11, LocalDate.of(2020, 8, 1), new Share(Deals.NTU, new BigDecimal("100")));
    assertThat(
            LicensingFixture.problems(
                () ->
                    service(LicensingFixture.admin())
                        .recordPayment(5, payment(LocalDate.of(2020, 7, 1), "1", "SGD"))))
        .containsExactly("receivedOn:licensing.payment.noOwners");
    assertThat(payments.all).isEmpty();
  }

  @Test
  void onlyAdminsAndLicensorStaffRecordPaymentsAndOutsidersDoNotSeeTheDeal() {
    NewPayment p = payment(LocalDate.of(2020, 7, 1), "10", "SGD");
    assertThatThrownBy(() -> service(LicensingFixture.staffOf(Deals.LICENSEE)).recordPayment(5, p))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(LicensingFixture.staffOf(42)).recordPayment(5, p))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service(LicensingFixture.staffOf(42)).distribution(5))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(service(LicensingFixture.staffOf(Deals.LICENSEE)).payments(5)).isEmpty();
    assertThat(payments.all).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void percentsLoseTheirTrailingZerosButNotTheirTens() {
    assertThat(DealPaymentService.percent(new BigDecimal("25.000000")).toPlainString())
        .isEqualTo("25");
    assertThat(DealPaymentService.percent(new BigDecimal("50.000000")).toPlainString())
        .isEqualTo("50");
    assertThat(DealPaymentService.percent(new BigDecimal("33.333333")).toPlainString())
        .isEqualTo("33.333333");
  }

  @Test
  void aNoteOfFiveHundredCharactersIsKept() {
    PaymentView view =
        service(LicensingFixture.admin())
            .recordPayment(
                5,
                new NewPayment(
                    LocalDate.of(2020, 7, 1),
                    BigDecimal.ONE,
                    "SGD",
                    PaymentPurpose.ROYALTY,
                    "n".repeat(500),
                    null));

    assertThat(view.note()).hasSize(500);
  }

  @Test
  void aDealNotYetExecutedTakesNoPayment() {
    fixture.deals.put(6, Deals.in(DealState.APPROVED));

    assertThatThrownBy(
            () ->
                service(LicensingFixture.admin())
                    .recordPayment(6, payment(LocalDate.of(2020, 5, 1), "10", "SGD")))
        .isInstanceOf(org.institute.core.ConflictException.class);
    assertThat(payments.all).isEmpty();
  }

  @Test
  void eachPaymentIsNumbered() {
    DealPaymentService service = service(LicensingFixture.admin());

    assertThat(service.recordPayment(5, payment(LocalDate.of(2020, 7, 1), "1", "SGD")).id())
        .isEqualTo(1L);
    assertThat(service.recordPayment(5, payment(LocalDate.of(2020, 7, 2), "1", "SGD")).id())
        .isEqualTo(2L);
  }

  private static NewPayment milestonePayment(LocalDate on, String amount, String currency) {
    return new NewPayment(
        on, new BigDecimal(amount), currency, PaymentPurpose.MILESTONE, null, null);
  }

  private Obligation milestoneOfDeal(String amount) {
    Obligation m =
        new Obligation(
            5,
            "SGD",
            new ObligationSchedule.Planned(
                "M1",
                ObligationKind.MILESTONE_PAYMENT,
                "First sale",
                null,
                null,
                LocalDate.of(2021, 1, 1),
                new BigDecimal(amount)));
    obligations.add(m);
    return m;
  }

  @Test
  void aVoidedPaymentLeavesTheTotalsAndEachPartnersShareExactlyAsBeforeItAndStaysListed() {
    DealPaymentService service = service(admin());
    service.recordPayment(5, payment(LocalDate.of(2020, 7, 1), "1000.01", "SGD"));
    DistributionStatement before = service.distribution(5);
    PaymentView second =
        service.recordPayment(5, payment(LocalDate.of(2020, 8, 1), "530.03", "CNY"));
    assertThat(service.distribution(5).totalCny()).isNotEqualByComparingTo(before.totalCny());

    PaymentView voided = service.voidPayment(5, second.id(), " Recorded on the wrong deal ");

    assertThat(voided.voided()).isTrue();
    assertThat(voided.voidedBy()).isEqualTo("admin");
    assertThat(voided.voidedAt()).isEqualTo(NOW);
    assertThat(voided.voidReason()).isEqualTo("Recorded on the wrong deal");
    assertThat(voided.allowedActions()).isEmpty();
    DistributionStatement after = service.distribution(5);
    assertThat(after.totalSgd()).isEqualTo(before.totalSgd());
    assertThat(after.totalCny()).isEqualTo(before.totalCny());
    assertThat(after.partners()).isEqualTo(before.partners());
    assertThat(after.payments()).hasSize(2);
    assertThat(after.payments().get(0).voided()).isFalse();
    assertThat(after.payments().get(0).allowedActions()).containsExactly(PaymentAction.VOID);
    assertThat(after.payments().get(1).voided()).isTrue();
    // the voided payment's split is still shown as it was recorded
    assertThat(after.payments().get(1).distribution())
        .isEqualTo(second.distribution())
        .isNotEmpty();
    assertThat(voidedEvents.events).hasSize(1);
    PaymentVoided event = voidedEvents.events.get(0);
    assertThat(event.paymentId()).isEqualTo(second.id());
    assertThat(event.dealId()).isEqualTo(5L);
    assertThat(event.amount()).isEqualByComparingTo("530.03");
    assertThat(event.currency()).isEqualTo("CNY");
    assertThat(event.receivedOn()).isEqualTo(LocalDate.of(2020, 8, 1));
    assertThat(event.voidedBy()).isEqualTo("admin");
    assertThat(event.reason()).isEqualTo("Recorded on the wrong deal");
    assertThat(event.parts())
        .extracting(PaymentRecorded.Part::partnerId, PaymentRecorded.Part::amountCny)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Deals.NTU, new BigDecimal("132.51")),
            org.assertj.core.groups.Tuple.tuple(Deals.SCUT, new BigDecimal("132.51")),
            org.assertj.core.groups.Tuple.tuple(Deals.GKC, new BigDecimal("265.01")));
    assertThat(audit.entries).hasSize(3);
    assertThat(audit.entries.get(1)).startsWith("LICENCE_PAYMENT_RECORDED LicenceDeal 5: CNY");
    assertThat(audit.entries.get(2))
        .isEqualTo(
            "LICENCE_PAYMENT_VOIDED LicenceDeal 5: payment #2 of CNY 530.03 received 2020-08-01"
                + " for ROYALTY (recorded by admin) voided; reason: Recorded on the wrong deal;"
                + " reversed: SGD 100.01 / CNY 530.03, split: NTU SGD -25.00 CNY -132.51;"
                + " SCUT SGD -25.00 CNY -132.51; #3 SGD -50.01 CNY -265.01;");
  }

  @Test
  void aPaymentIsVoidedOnceAndTheSecondVoidChangesNothing() {
    DealPaymentService service = service(admin());
    PaymentView p = service.recordPayment(5, payment(LocalDate.of(2020, 7, 1), "10", "SGD"));
    service.voidPayment(5, p.id(), "bounced");

    assertThatThrownBy(() -> service.voidPayment(5, p.id(), "again"))
        .isInstanceOf(ConflictException.class);
    assertThat(payments.all.get(0).voidReason()).isEqualTo("bounced");
    assertThat(audit.entries).hasSize(2);
    assertThat(voidedEvents.events).hasSize(1);
  }

  @Test
  void aVoidNeedsAReasonAndAnAdminAndThePaymentOfThatDeal() {
    PaymentView p =
        service(admin()).recordPayment(5, payment(LocalDate.of(2020, 7, 1), "10", "SGD"));

    assertThat(problems(() -> service(admin()).voidPayment(5, p.id(), " ")))
        .containsExactly("reason:licensing.deal.reason.required");
    assertThatThrownBy(() -> service(staffOf(Deals.NTU)).voidPayment(5, p.id(), "mine"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(staffOf(42)).voidPayment(5, p.id(), "mine"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service(admin()).voidPayment(5, 99, "no such payment"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service(admin()).voidPayment(6, p.id(), "another deal"))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(payments.all.get(0).isVoided()).isFalse();
    assertThat(audit.entries).hasSize(1);
    assertThat(voidedEvents.events).isEmpty();
    // partner staff see the payment but are offered nothing to do to it
    assertThat(service(staffOf(Deals.NTU)).payments(5).get(0).allowedActions()).isEmpty();
  }

  @Test
  void voidingAPaymentGivesBackToItsObligationExactlyWhatItCountedAndReopensIt() {
    Obligation m = milestoneOfDeal("150.00");
    DealPaymentService service = service(admin());
    // CNY 530.00 counts SGD 100.00 towards the SGD milestone, SGD 50 meets it
    PaymentView cny =
        service.recordPayment(5, milestonePayment(LocalDate.of(2020, 7, 1), "530.00", "CNY"));
    PaymentView sgd =
        service.recordPayment(5, milestonePayment(LocalDate.of(2020, 7, 2), "50.00", "SGD"));
    assertThat(cny.obligationId()).isEqualTo(m.id());
    assertThat(sgd.obligationId()).isEqualTo(m.id());
    assertThat(m.metOn()).isEqualTo(LocalDate.of(2020, 7, 2));

    service.voidPayment(5, cny.id(), "bounced");

    assertThat(m.paid()).isEqualTo(new BigDecimal("50.00"));
    assertThat(m.metOn()).isNull();
    assertThat(m.isOpen()).isTrue();
    assertThat(audit.entries.get(2))
        .endsWith("obligation M1 First sale paid SGD 150.00 -> 50.00, open again");

    // the next milestone payment counts towards it again
    service.recordPayment(5, milestonePayment(LocalDate.of(2020, 7, 3), "100.00", "SGD"));
    assertThat(m.paid()).isEqualTo(new BigDecimal("150.00"));
    assertThat(m.metOn()).isEqualTo(LocalDate.of(2020, 7, 3));
  }

  @Test
  void aRoyaltyReportOpensAgainOnlyWhenThePaymentThatMetItIsVoided() {
    Obligation report =
        new Obligation(
            5,
            "SGD",
            new ObligationSchedule.Planned(
                "R1",
                ObligationKind.ROYALTY_REPORT,
                "Royalty report, year 1",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31),
                LocalDate.of(2021, 3, 1),
                null));
    obligations.add(report);
    DealPaymentService service = service(admin());
    // an unnamed royalty counts towards the report, the one named for it meets it
    PaymentView unnamed =
        service.recordPayment(5, payment(LocalDate.of(2020, 7, 1), "10.00", "SGD"));
    PaymentView named =
        service.recordPayment(
            5,
            new NewPayment(
                LocalDate.of(2020, 7, 2),
                new BigDecimal("530.00"),
                "CNY",
                PaymentPurpose.ROYALTY,
                null,
                report.id()));
    assertThat(report.metOn()).isEqualTo(LocalDate.of(2020, 7, 2));
    assertThat(report.paid()).isEqualTo(new BigDecimal("110.00"));

    service.voidPayment(5, unnamed.id(), "recorded twice");
    assertThat(report.paid()).isEqualTo(new BigDecimal("100.00"));
    assertThat(report.metOn()).isEqualTo(LocalDate.of(2020, 7, 2));
    assertThat(audit.entries.get(2)).endsWith("paid SGD 110.00 -> 100.00");

    service.voidPayment(5, named.id(), "bounced");
    assertThat(report.paid()).isEqualTo(new BigDecimal("0.00"));
    assertThat(report.isOpen()).isTrue();
    assertThat(audit.entries.get(3)).endsWith("paid SGD 100.00 -> 0.00, open again");
  }
}
