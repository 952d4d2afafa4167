package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.institute.core.testing.GeneratedCases;
import org.junit.jupiter.api.Test;

/**
 * Late-payment interest (decision 0104): simple, per day past the due date, on what is outstanding
 * that day, at a yearly rate over 365 days, rounded once to the cent, half to even.
 */
class LateInterestTest {

  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  private static BigDecimal accrued(String amount, String rate, LocalDate today) {
    return LateInterest.accrued(
        new BigDecimal(amount), List.of(), DUE, new BigDecimal(rate), today);
  }

  @Test
  void nothingAccruesOnOrBeforeTheDueDate() {
    assertThat(accrued("10000.00", "8", DUE)).isEqualByComparingTo("0.00");
    assertThat(accrued("10000.00", "8", DUE.minusDays(10))).isEqualByComparingTo("0.00");
  }

  @Test
  void nothingAccruesWithoutARate() {
    assertThat(
            LateInterest.accrued(
                new BigDecimal("10000.00"), List.of(), DUE, null, DUE.plusDays(90)))
        .isEqualByComparingTo("0.00");
    assertThat(accrued("10000.00", "0", DUE.plusDays(90))).isEqualByComparingTo("0.00");
  }

  @Test
  void aYearOverdueAccruesTheYearlyRate() {
    assertThat(accrued("10000.00", "8", DUE.plusDays(365))).isEqualByComparingTo("800.00");
  }

  @Test
  void eachDayOverdueAccruesOneDayOfTheRate() {
    // 12,345.67 x 5 % x 1 / 365 = 1.6912...
    assertThat(accrued("12345.67", "5", DUE.plusDays(1))).isEqualByComparingTo("1.69");
    // x 30 days = 50.7356...
    assertThat(accrued("12345.67", "5", DUE.plusDays(30))).isEqualByComparingTo("50.74");
  }

  @Test
  void roundsHalfToEven() {
    // 365.00 x 1 % x 1 day / 365 = 0.01 exactly; 182.50 x 1 % / 365 = 0.005 -> 0.00 (even)
    assertThat(accrued("365.00", "1", DUE.plusDays(1))).isEqualByComparingTo("0.01");
    assertThat(accrued("182.50", "1", DUE.plusDays(1))).isEqualByComparingTo("0.00");
    // 547.50 x 1 % / 365 = 0.015 -> 0.02 (even)
    assertThat(accrued("547.50", "1", DUE.plusDays(1))).isEqualByComparingTo("0.02");
  }

  @Test
  void aPaymentStopsTheInterestOnWhatItPaidFromItsDay() {
    // 10,000 for 10 days, then 4,000 for 20 days, at 7.3 %: 10,000 x 10 x 0.0002 + 4,000 x 20 x
    // 0.0002 = 20 + 16
    List<LateInterest.Movement> paid =
        List.of(new LateInterest.Movement(DUE.plusDays(11), new BigDecimal("-6000.00")));
    assertThat(
            LateInterest.accrued(
                new BigDecimal("10000.00"), paid, DUE, new BigDecimal("7.3"), DUE.plusDays(30)))
        .isEqualByComparingTo("36.00");
  }

  @Test
  void aPaymentInFullByTheDueDateLeavesNoInterest() {
    List<LateInterest.Movement> paid =
        List.of(new LateInterest.Movement(DUE, new BigDecimal("-10000.00")));
    assertThat(
            LateInterest.accrued(
                new BigDecimal("10000.00"), paid, DUE, new BigDecimal("9"), DUE.plusDays(200)))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void anOverpaymentOwesNoInterest() {
    List<LateInterest.Movement> paid =
        List.of(new LateInterest.Movement(DUE.plusDays(5), new BigDecimal("-12000.00")));
    // 10,000 x 4 days x 7.3 % / 365 = 8.00, and nothing once overpaid
    assertThat(
            LateInterest.accrued(
                new BigDecimal("10000.00"), paid, DUE, new BigDecimal("7.3"), DUE.plusDays(100)))
        .isEqualByComparingTo("8.00");
  }

  /**
   * Over many generated invoices (amounts, rates, payments and credit notes on random days), the
   * interest equals the exact sum, day by day in whole cents, of the outstanding amount times the
   * rate, divided once by 36,500 and rounded half to even: computed here in integers.
   */
  @Test
  void equalsTheExactDayByDaySumRoundedOnceOverManyGeneratedCases() {
    Random random = new Random(104L);
    for (int run = 0; run < GeneratedCases.of(3_000); run++) {
      long amountCents = 1 + random.nextInt(50_000_000);
      // rates with up to four decimals, 0.0001 % to 30 %
      long rateTenThousandths = 1 + random.nextInt(300_000);
      BigDecimal rate = BigDecimal.valueOf(rateTenThousandths, 4);
      List<LateInterest.Movement> movements = new ArrayList<>();
      List<long[]> byDay = new ArrayList<>();
      int n = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        int day = random.nextInt(400) - 30;
        long cents = -(1 + random.nextInt((int) Math.min(Integer.MAX_VALUE, amountCents)));
        movements.add(new LateInterest.Movement(DUE.plusDays(day), BigDecimal.valueOf(cents, 2)));
        byDay.add(new long[] {day, cents});
      }
      int today = random.nextInt(500) - 20;

      BigDecimal got =
          LateInterest.accrued(
              BigDecimal.valueOf(amountCents, 2), movements, DUE, rate, DUE.plusDays(today));

      // the oracle: for each overdue day d (1..today), what is owed after the movements of days <=
      // d
      BigInteger sum = BigInteger.ZERO; // cents x ten-thousandths of a percent
      for (int d = 1; d <= today; d++) {
        long owed = amountCents;
        for (long[] m : byDay) {
          if (m[0] <= d) {
            owed += m[1];
          }
        }
        if (owed > 0) {
          sum = sum.add(BigInteger.valueOf(owed).multiply(BigInteger.valueOf(rateTenThousandths)));
        }
      }
      // interest in cents = sum / (10,000 x 100 x 365); to 2 decimals of the currency
      BigDecimal expected =
          new BigDecimal(sum)
              .divide(BigDecimal.valueOf(10_000L * 100 * 365), 0, RoundingMode.HALF_EVEN)
              .movePointLeft(2);
      assertThat(got).as("run %d", run).isEqualByComparingTo(expected);
      assertThat(got.scale()).isEqualTo(2);
    }
  }

  @Test
  void neverFallsAsDaysPassAndNeverExceedsTheRateOnTheWholeAmount() {
    Random random = new Random(7L);
    for (int run = 0; run < GeneratedCases.of(500); run++) {
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(10_000_000), 2);
      BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(200_000), 4);
      List<LateInterest.Movement> movements =
          List.of(
              new LateInterest.Movement(
                  DUE.plusDays(random.nextInt(100)),
                  amount.negate().multiply(new BigDecimal("0.5")).setScale(2, RoundingMode.DOWN)));
      BigDecimal before = BigDecimal.ZERO;
      for (int d = 0; d <= 200; d += 1 + random.nextInt(20)) {
        BigDecimal now = LateInterest.accrued(amount, movements, DUE, rate, DUE.plusDays(d));
        assertThat(now).isGreaterThanOrEqualTo(before);
        BigDecimal cap =
            amount
                .multiply(rate)
                .multiply(BigDecimal.valueOf(d))
                .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.HALF_EVEN);
        assertThat(now).isLessThanOrEqualTo(cap);
        before = now;
      }
    }
  }
}
