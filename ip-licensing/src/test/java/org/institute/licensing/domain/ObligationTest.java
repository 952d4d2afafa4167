package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
}
