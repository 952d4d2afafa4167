package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.ObligationStatus;
import org.junit.jupiter.api.Test;

class ObligationScheduleTest {

  private static DealTerms terms(
      LocalDate start, LocalDate end, String royalty, List<MilestoneTerm> milestones) {
    return new DealTerms(
        "Deal",
        null,
        9L,
        List.of(1L),
        "Diagnostics",
        "China",
        Exclusivity.EXCLUSIVE,
        start,
        end,
        "SGD",
        new BigDecimal("1000"),
        new BigDecimal(royalty),
        BigDecimal.ZERO,
        milestones,
        null,
        null);
  }

  @Test
  void milestonesWithADateAndAnAmountBecomeObligationsOnTheirDueDate() {
    List<MilestoneTerm> milestones =
        List.of(
            new MilestoneTerm("First sale", new BigDecimal("20000"), LocalDate.of(2027, 3, 1)),
            new MilestoneTerm("Regulatory approval", new BigDecimal("50000"), null),
            new MilestoneTerm("Courtesy", BigDecimal.ZERO, LocalDate.of(2027, 5, 1)),
            new MilestoneTerm("Second plant", new BigDecimal("30000"), LocalDate.of(2026, 12, 1)));

    List<ObligationSchedule.Planned> planned =
        ObligationSchedule.of(
            terms(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), "0", milestones),
            LocalDate.of(2026, 1, 10));

    assertThat(planned).extracting(ObligationSchedule.Planned::key).containsExactly("M4", "M1");
    assertThat(planned.get(0).due()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(planned.get(0).amount()).isEqualByComparingTo("30000");
    assertThat(planned).allMatch(p -> p.kind() == ObligationKind.MILESTONE_PAYMENT);
  }

  @Test
  void aRoyaltyIsReportedForEveryContractYearSixtyDaysAfterItEnds() {
    List<ObligationSchedule.Planned> planned =
        ObligationSchedule.of(
            terms(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30), "3.5", List.of()),
            LocalDate.of(2026, 3, 15));

    assertThat(planned)
        .extracting(ObligationSchedule.Planned::key)
        .containsExactly("R1", "R2", "R3");
    assertThat(planned.get(0).periodStart()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(planned.get(0).periodEnd()).isEqualTo(LocalDate.of(2027, 3, 14));
    assertThat(planned.get(0).due()).isEqualTo(LocalDate.of(2027, 5, 13));
    // the last year is cut at the term's end
    assertThat(planned.get(2).periodStart()).isEqualTo(LocalDate.of(2028, 3, 15));
    assertThat(planned.get(2).periodEnd()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(planned.get(2).due()).isEqualTo(LocalDate.of(2028, 8, 29));
    assertThat(planned)
        .allMatch(p -> p.amount() == null && p.kind() == ObligationKind.ROYALTY_REPORT);
  }

  @Test
  void contractYearsBeginWithTheTermWhenItStartsAfterSigning() {
    List<ObligationSchedule.Planned> planned =
        ObligationSchedule.of(
            terms(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "2", List.of()),
            LocalDate.of(2026, 6, 1));

    assertThat(planned).hasSize(1);
    assertThat(planned.get(0).periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(planned.get(0).periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void noRoyaltyMeansNoReports() {
    assertThat(
            ObligationSchedule.of(
                terms(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1), "0", List.of()),
                LocalDate.of(2026, 1, 1)))
        .isEmpty();
  }

  @Test
  void statusFollowsTheDueWindowPaymentsAndWaivers() {
    LocalDate due = LocalDate.of(2027, 3, 1);
    assertThat(Obligation.status(due, false, false, LocalDate.of(2027, 1, 1), 30))
        .isEqualTo(ObligationStatus.UPCOMING);
    assertThat(Obligation.status(due, false, false, LocalDate.of(2027, 1, 30), 30))
        .isEqualTo(ObligationStatus.DUE);
    assertThat(Obligation.status(due, false, false, due, 30)).isEqualTo(ObligationStatus.DUE);
    assertThat(Obligation.status(due, false, false, due.plusDays(1), 30))
        .isEqualTo(ObligationStatus.OVERDUE);
    assertThat(Obligation.status(due, true, false, due.plusDays(1), 30))
        .isEqualTo(ObligationStatus.MET);
    assertThat(Obligation.status(due, false, true, due.plusDays(1), 30))
        .isEqualTo(ObligationStatus.WAIVED);
  }

  @Test
  void aMilestoneIsMetWhenItsPaymentsReachItsAmountAndAReportByItsPayment() {
    Obligation milestone =
        new Obligation(
            1,
            "SGD",
            new ObligationSchedule.Planned(
                "M1",
                ObligationKind.MILESTONE_PAYMENT,
                "First sale",
                null,
                null,
                LocalDate.of(2027, 3, 1),
                new BigDecimal("20000.00")));
    milestone.pay(new BigDecimal("15000.00"), LocalDate.of(2027, 2, 1), false);
    assertThat(milestone.isOpen()).isTrue();
    milestone.pay(new BigDecimal("5000.00"), LocalDate.of(2027, 2, 20), false);
    assertThat(milestone.metOn()).isEqualTo(LocalDate.of(2027, 2, 20));
    assertThat(milestone.paid()).isEqualByComparingTo("20000");

    Obligation report =
        new Obligation(
            1,
            "SGD",
            new ObligationSchedule.Planned(
                "R1",
                ObligationKind.ROYALTY_REPORT,
                "Royalty report",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 3, 1),
                null));
    // a royalty payment that only finds the earliest open report counts towards it, whatever its
    // size: SGD 1.00, or 100,000, says nothing of what the period's sales owe
    report.pay(new BigDecimal("1.00"), LocalDate.of(2027, 2, 27), false);
    report.pay(new BigDecimal("100000.00"), LocalDate.of(2027, 2, 28), false);
    assertThat(report.isOpen()).isTrue();
    assertThat(report.paid()).isEqualByComparingTo("100001.00");
    // recorded against the report by name, the payment settles it
    report.pay(new BigDecimal("250.00"), LocalDate.of(2027, 3, 1), true);
    assertThat(report.isOpen()).isFalse();
    assertThat(report.metOn()).isEqualTo(LocalDate.of(2027, 3, 1));
  }
}
