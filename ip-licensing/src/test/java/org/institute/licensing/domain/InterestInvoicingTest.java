package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.institute.licensing.InvoiceKind;
import org.junit.jupiter.api.Test;

/**
 * Interest invoices (decision 0109): each charges the accrual to its day less what the earlier ones
 * charged, so they and what is not yet invoiced add up to the whole accrual, to the cent.
 */
class InterestInvoicingTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
  private static final BigDecimal RATE = new BigDecimal("8");

  private static InterestInvoicing of(String accrued, String... invoiced) {
    return InterestInvoicing.of(
        InvoiceKind.INVOICE,
        RATE,
        new BigDecimal(accrued),
        java.util.Arrays.stream(invoiced).map(BigDecimal::new).toList());
  }

  @Test
  void whatIsNotYetInvoicedIsTheAccrualLessTheInterestInvoices() {
    InterestInvoicing i = of("100.00", "60.00", "15.00");
    assertThat(i.invoiced()).isEqualByComparingTo("75.00");
    assertThat(i.notYetInvoiced()).isEqualByComparingTo("25.00");
    assertThat(i.overInvoiced()).isEqualByComparingTo("0.00");
    assertThat(i.refusal()).isEmpty();
  }

  @Test
  void eachRefusalHasItsReason() {
    assertThat(
            InterestInvoicing.of(InvoiceKind.CREDIT_NOTE, RATE, BigDecimal.ZERO, List.of())
                .refusal())
        .contains(InterestInvoicing.NOT_AN_INVOICE);
    assertThat(
            InterestInvoicing.of(InvoiceKind.INTEREST, RATE, BigDecimal.ZERO, List.of()).refusal())
        .contains(InterestInvoicing.NOT_AN_INVOICE);
    assertThat(
            InterestInvoicing.of(InvoiceKind.INVOICE, null, BigDecimal.ZERO, List.of()).refusal())
        .contains(InterestInvoicing.NO_TERM);
    assertThat(
            InterestInvoicing.of(InvoiceKind.INVOICE, BigDecimal.ZERO, BigDecimal.ONE, List.of())
                .refusal())
        .contains(InterestInvoicing.NO_TERM);
    assertThat(of("0.00").refusal()).contains(InterestInvoicing.NOTHING_ACCRUED);
    assertThat(of("60.00", "60.00").refusal()).contains(InterestInvoicing.INVOICED_TO_DATE);
  }

  @Test
  void aBackDatedPaymentBelowWhatWasInvoicedLeavesNothingToInvoiceAndShowsTheExcess() {
    InterestInvoicing i = of("50.00", "60.00");
    assertThat(i.notYetInvoiced()).isEqualByComparingTo("0.00");
    assertThat(i.overInvoiced()).isEqualByComparingTo("10.00");
    assertThat(i.refusal()).contains(InterestInvoicing.INVOICED_TO_DATE);
  }

  @Test
  void settledOnIsTheDayNothingWasLeftOutstanding() {
    BigDecimal amount = new BigDecimal("1000.00");
    List<LateInterest.Movement> partial =
        List.of(new LateInterest.Movement(LocalDate.of(2026, 4, 10), new BigDecimal("-400.00")));
    assertThat(LateInterest.settledOn(amount, partial, LocalDate.of(2026, 6, 1))).isEmpty();
    List<LateInterest.Movement> settled = new ArrayList<>(partial);
    settled.add(new LateInterest.Movement(LocalDate.of(2026, 5, 3), new BigDecimal("-600.00")));
    assertThat(LateInterest.settledOn(amount, settled, LocalDate.of(2026, 6, 1)))
        .contains(LocalDate.of(2026, 5, 3));
    // a payment dated after today does not count yet
    assertThat(LateInterest.settledOn(amount, settled, LocalDate.of(2026, 5, 2))).isEmpty();
  }

  /**
   * 2,000 generated invoices with payments and credit notes, each charged by interest invoices on
   * random days: what they charged plus what is not yet invoiced is always the accrual over the
   * whole period, to the cent; no interest invoice is negative or zero; and their sum never exceeds
   * what had accrued by the last one (no day charged twice).
   */
  @Test
  void interestInvoicesAndWhatIsLeftAlwaysAddUpToTheWholeAccrual() {
    Random random = new Random(109);
    int issuedInAll = 0;
    for (int n = 0; n < 2_000; n++) {
      BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(5_000_000), 2);
      BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(200_000), 4); // 0.0001 - 20 %
      List<LateInterest.Movement> movements = new ArrayList<>();
      int count = random.nextInt(5);
      BigDecimal left = amount;
      for (int m = 0; m < count; m++) {
        BigDecimal part =
            left.multiply(BigDecimal.valueOf(random.nextInt(70)), mc())
                .setScale(2, java.math.RoundingMode.DOWN)
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
        left = left.subtract(part);
        movements.add(
            new LateInterest.Movement(DUE.plusDays(random.nextInt(400) - 30), part.negate()));
      }
      if (random.nextInt(4) == 0) {
        movements.add(new LateInterest.Movement(DUE.plusDays(random.nextInt(500)), left.negate()));
      }
      List<BigDecimal> invoiced = new ArrayList<>();
      LocalDate day = DUE.minusDays(10);
      LocalDate end = DUE.plusDays(600);
      BigDecimal lastAccrued = BigDecimal.ZERO;
      while (day.isBefore(end)) {
        day = day.plusDays(1 + random.nextInt(120));
        BigDecimal accrued = LateInterest.accrued(amount, movements, DUE, rate, day);
        assertThat(accrued).isGreaterThanOrEqualTo(lastAccrued); // accrual never goes back
        lastAccrued = accrued;
        InterestInvoicing now = InterestInvoicing.of(InvoiceKind.INVOICE, rate, accrued, invoiced);
        assertThat(now.notYetInvoiced().signum()).isNotNegative();
        assertThat(now.overInvoiced()).isEqualByComparingTo("0.00");
        if (now.mayInvoice()) {
          BigDecimal charge = now.notYetInvoiced();
          assertThat(charge.signum()).isPositive();
          invoiced.add(charge);
          issuedInAll++;
          InterestInvoicing after =
              InterestInvoicing.of(InvoiceKind.INVOICE, rate, accrued, invoiced);
          assertThat(after.refusal()).contains(InterestInvoicing.INVOICED_TO_DATE);
          assertThat(after.invoiced()).isEqualByComparingTo(accrued);
        }
      }
      LocalDate today = day.plusDays(random.nextInt(60)); // on or after the last interest invoice
      BigDecimal whole = LateInterest.accrued(amount, movements, DUE, rate, today);
      InterestInvoicing last = InterestInvoicing.of(InvoiceKind.INVOICE, rate, whole, invoiced);
      assertThat(last.invoiced().add(last.notYetInvoiced())).isEqualByComparingTo(whole);
      assertThat(last.invoiced()).isLessThanOrEqualTo(whole);
      assertThat(last.invoiced().scale()).isEqualTo(2);
    }
    assertThat(issuedInAll).isGreaterThan(2_000);
  }

  private static java.math.MathContext mc() {
    return java.math.MathContext.DECIMAL64;
  }
}
