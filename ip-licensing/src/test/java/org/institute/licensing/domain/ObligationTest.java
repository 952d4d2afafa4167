package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.PaymentPurpose;
import org.junit.jupiter.api.Test;

class ObligationTest {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 1);
  private static final Instant AT = Instant.parse("2027-02-01T00:00:00Z");

  private static Obligation milestone() {
    return new Obligation(
        4,
        "CNY",
        new ObligationSchedule.Planned(
            "M1",
            ObligationKind.MILESTONE_PAYMENT,
            "First sale",
            null,
            null,
            DUE,
            new BigDecimal("20000.00")));
  }

  private static Obligation report() {
    return new Obligation(
        4,
        "CNY",
        new ObligationSchedule.Planned(
            "R1",
            ObligationKind.ROYALTY_REPORT,
            "Royalty report",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            DUE,
            null));
  }

  @Test
  void aNewObligationKeepsItsPlanAndHasPaidNothing() {
    Obligation m = milestone();
    assertThat(m.dealId()).isEqualTo(4);
    assertThat(m.currency()).isEqualTo("CNY");
    assertThat(m.key()).isEqualTo("M1");
    assertThat(m.kind()).isEqualTo(ObligationKind.MILESTONE_PAYMENT);
    assertThat(m.description()).isEqualTo("First sale");
    assertThat(m.due()).isEqualTo(DUE);
    assertThat(m.amount()).isEqualByComparingTo("20000.00");
    assertThat(m.paid()).isEqualTo(new BigDecimal("0.00"));
    assertThat(m.isOpen()).isTrue();
    assertThat(report().periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(report().periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aMilestoneTakesMilestonePaymentsAndAReportRoyalties() {
    assertThat(milestone().acceptsPurpose(PaymentPurpose.MILESTONE)).isTrue();
    assertThat(milestone().acceptsPurpose(PaymentPurpose.ROYALTY)).isFalse();
    assertThat(milestone().acceptsPurpose(PaymentPurpose.UPFRONT_FEE)).isFalse();
    assertThat(report().acceptsPurpose(PaymentPurpose.ROYALTY)).isTrue();
    assertThat(report().acceptsPurpose(PaymentPurpose.MILESTONE)).isFalse();
    assertThat(report().acceptsPurpose(PaymentPurpose.UPFRONT_FEE)).isFalse();
  }

  @Test
  void aMilestonePaidOneCentShortStaysOpenAndOverpaidIsMet() {
    Obligation m = milestone();
    m.pay(new BigDecimal("19999.99"), DUE, true);
    assertThat(m.isOpen()).isTrue();
    assertThat(m.statusOn(DUE, 30)).isEqualTo(ObligationStatus.DUE);
    m.pay(new BigDecimal("5.00"), DUE.plusDays(2), false);
    assertThat(m.metOn()).isEqualTo(DUE.plusDays(2));
    assertThat(m.paid()).isEqualByComparingTo("20004.99");
    assertThat(m.statusOn(DUE.plusDays(10), 30)).isEqualTo(ObligationStatus.MET);
  }

  @Test
  void aWaivedObligationRecordsWhoAndWhyAndTakesNoMorePayment() {
    Obligation m = milestone();
    m.waive("admin", "renegotiated", AT);
    assertThat(m.isOpen()).isFalse();
    assertThat(m.waivedBy()).isEqualTo("admin");
    assertThat(m.waiveReason()).isEqualTo("renegotiated");
    assertThat(m.statusOn(DUE.plusDays(10), 30)).isEqualTo(ObligationStatus.WAIVED);
    assertThatThrownBy(() -> m.pay(BigDecimal.TEN, DUE, true))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.obligation.closed");
    assertThatThrownBy(() -> m.waive("admin2", "again", AT))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.obligation.closed");
    assertThat(m.waivedBy()).isEqualTo("admin");
    assertThat(m.paid()).isEqualByComparingTo("0");
  }

  @Test
  void aMetObligationIsNeitherPaidAgainNorWaived() {
    Obligation r = report();
    r.pay(new BigDecimal("250.00"), DUE, true);
    assertThatThrownBy(() -> r.pay(BigDecimal.ONE, DUE, true))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> r.waive("admin", "late", AT)).isInstanceOf(ConflictException.class);
    assertThat(r.waivedBy()).isNull();
    assertThat(r.statusOn(DUE.plusDays(1), 30)).isEqualTo(ObligationStatus.MET);
  }

  @Test
  void theDueWindowOpensTheGivenDaysBeforeTheDueDate() {
    Obligation m = milestone();
    assertThat(m.statusOn(DUE.minusDays(8), 7)).isEqualTo(ObligationStatus.UPCOMING);
    assertThat(m.statusOn(DUE.minusDays(7), 7)).isEqualTo(ObligationStatus.DUE);
    assertThat(m.statusOn(DUE.plusDays(1), 7)).isEqualTo(ObligationStatus.OVERDUE);
  }

  @Test
  void voidingThePaymentThatMetAMilestoneOpensItAgainWithExactlyWhatIsLeft() {
    Obligation m = milestone();
    m.pay(new BigDecimal("12000.01"), LocalDate.of(2027, 1, 5), false);
    m.pay(new BigDecimal("7999.99"), LocalDate.of(2027, 1, 9), true);
    assertThat(m.metOn()).isEqualTo(LocalDate.of(2027, 1, 9));

    m.reverse(new BigDecimal("7999.99"), true);

    assertThat(m.paid()).isEqualTo(new BigDecimal("12000.01"));
    assertThat(m.metOn()).isNull();
    assertThat(m.isOpen()).isTrue();
    assertThat(m.statusOn(LocalDate.of(2027, 2, 10), 30)).isEqualTo(ObligationStatus.DUE);
    // open again, it takes payments again
    m.pay(new BigDecimal("7999.99"), LocalDate.of(2027, 1, 20), false);
    assertThat(m.metOn()).isEqualTo(LocalDate.of(2027, 1, 20));
  }

  @Test
  void voidingAnEarlierPartOfAMetMilestoneOpensItOnlyWhenTheRestFallsShort() {
    Obligation short_ = milestone();
    short_.pay(new BigDecimal("5000.00"), LocalDate.of(2027, 1, 5), false);
    short_.pay(new BigDecimal("15000.00"), LocalDate.of(2027, 1, 9), false);
    short_.reverse(new BigDecimal("5000.00"), false);
    assertThat(short_.paid()).isEqualTo(new BigDecimal("15000.00"));
    assertThat(short_.isOpen()).isTrue();

    Obligation over = milestone();
    over.pay(new BigDecimal("0.01"), LocalDate.of(2027, 1, 5), false);
    over.pay(new BigDecimal("20000.00"), LocalDate.of(2027, 1, 9), false);
    over.reverse(new BigDecimal("0.01"), false);
    assertThat(over.paid()).isEqualTo(new BigDecimal("20000.00"));
    assertThat(over.metOn()).isEqualTo(LocalDate.of(2027, 1, 9));
  }

  @Test
  void voidingTheRoyaltyNamedForAReportOpensItAndAnUnnamedOneOnlyLowersWhatWasPaid() {
    Obligation r = report();
    r.pay(new BigDecimal("10.00"), LocalDate.of(2027, 1, 5), false);
    r.pay(new BigDecimal("4200.00"), LocalDate.of(2027, 1, 9), true);

    r.reverse(new BigDecimal("10.00"), false);
    assertThat(r.paid()).isEqualTo(new BigDecimal("4200.00"));
    assertThat(r.metOn()).isEqualTo(LocalDate.of(2027, 1, 9));

    r.reverse(new BigDecimal("4200.00"), true);
    assertThat(r.paid()).isEqualTo(new BigDecimal("0.00"));
    assertThat(r.isOpen()).isTrue();
  }

  @Test
  void aWaivedObligationStaysWaivedWhenAPartPaymentIsVoided() {
    Obligation m = milestone();
    m.pay(new BigDecimal("300.00"), LocalDate.of(2027, 1, 5), false);
    m.waive("admin", "plant closed", AT);

    m.reverse(new BigDecimal("300.00"), true);

    assertThat(m.paid()).isEqualTo(new BigDecimal("0.00"));
    assertThat(m.statusOn(LocalDate.of(2027, 1, 10), 30)).isEqualTo(ObligationStatus.WAIVED);
  }

  @Test
  void nothingIsTakenBackBeyondWhatWasPaidNorANonPositiveAmount() {
    Obligation m = milestone();
    m.pay(new BigDecimal("100.00"), LocalDate.of(2027, 1, 5), false);
    for (String wrong : List.of("100.01", "0.00", "-1.00")) {
      assertThatThrownBy(() -> m.reverse(new BigDecimal(wrong), true))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(m.paid()).isEqualTo(new BigDecimal("100.00"));
  }
}
