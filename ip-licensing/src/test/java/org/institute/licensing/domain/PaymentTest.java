package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.institute.core.Conversion;
import org.institute.core.Money;
import org.institute.licensing.PaymentPurpose;
import org.junit.jupiter.api.Test;

class PaymentTest {

  private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 8);
  private static final LocalDate RATE_DATE = LocalDate.of(2024, 3, 7);
  private static final Instant AT = Instant.parse("2024-03-08T09:00:00Z");

  /** Partner 1 owns all of one family and half of the other: three quarters of the revenue. */
  private static final RevenueSplit THREE_TO_ONE =
      RevenueSplit.of(
          List.of(
              Map.of(1L, new BigDecimal("50"), 2L, new BigDecimal("50")),
              Map.of(1L, new BigDecimal("100"))));

  private static Payment payment(Money amount, Conversion conversion) {
    return new Payment(
        9L,
        RECEIVED,
        amount,
        PaymentPurpose.ROYALTY,
        "Q1 royalty",
        conversion,
        THREE_TO_ONE,
        "finance",
        AT,
        4L);
  }

  @Test
  void aSgdPaymentKeepsItsAmountConvertsToCnyAndKeepsTheRateAsCnyPerSgd() {
    Money sgd = Money.of("100.00", "SGD");
    Conversion toCny =
        new Conversion(
            sgd, Money.of("530.00", "CNY"), new BigDecimal("5.30000000"), RECEIVED, RATE_DATE);

    Payment payment = payment(sgd, toCny);

    assertThat(payment.amount()).isEqualByComparingTo("100.00");
    assertThat(payment.currency()).isEqualTo("SGD");
    assertThat(payment.amountSgd()).isEqualByComparingTo("100.00");
    assertThat(payment.amountCny()).isEqualByComparingTo("530.00");
    assertThat(payment.sgdCnyRate()).isEqualByComparingTo("5.30000000");
    assertThat(payment.rateDate()).isEqualTo(RATE_DATE);
    assertThat(payment.dealId()).isEqualTo(9L);
    assertThat(payment.receivedOn()).isEqualTo(RECEIVED);
    assertThat(payment.purpose()).isEqualTo(PaymentPurpose.ROYALTY);
    assertThat(payment.note()).isEqualTo("Q1 royalty");
    assertThat(payment.recordedBy()).isEqualTo("finance");
    assertThat(payment.recordedAt()).isEqualTo(AT);
    assertThat(payment.obligationId()).isEqualTo(4L);
    assertThat(payment.shares()).extracting(PaymentShare::partnerId).containsExactly(1L, 2L);
    assertThat(payment.shares().get(0).percent()).isEqualByComparingTo("75");
    assertThat(payment.shares().get(1).percent()).isEqualByComparingTo("25");
    assertThat(payment.shares().get(0).amountCny()).isEqualByComparingTo("397.50");
    assertThat(payment.shares().get(1).amountCny()).isEqualByComparingTo("132.50");
  }

  @Test
  void aCnyPaymentIsSplitInEachCurrencyToTheCentAndItsRateInvertedToCnyPerSgd() {
    Money cny = Money.of("100.01", "CNY");
    Conversion toSgd =
        new Conversion(
            cny, Money.of("18.87", "SGD"), new BigDecimal("0.18870000"), RECEIVED, RATE_DATE);

    Payment payment = payment(cny, toSgd);

    assertThat(payment.amountCny()).isEqualByComparingTo("100.01");
    assertThat(payment.amountSgd()).isEqualByComparingTo("18.87");
    // 1 / 0.1887 = 5.299417064..., kept to eight places
    assertThat(payment.sgdCnyRate()).isEqualByComparingTo("5.29941706");
    PaymentShare first = payment.shares().get(0);
    PaymentShare second = payment.shares().get(1);
    // the left-over cent goes to the larger remainder, separately in each currency
    assertThat(first.amount()).isEqualByComparingTo("75.01");
    assertThat(second.amount()).isEqualByComparingTo("25.00");
    assertThat(first.amountCny()).isEqualByComparingTo("75.01");
    assertThat(second.amountCny()).isEqualByComparingTo("25.00");
    assertThat(first.amountSgd()).isEqualByComparingTo("14.15");
    assertThat(second.amountSgd()).isEqualByComparingTo("4.72");
  }

  @Test
  void aPaymentIsPositive() {
    Conversion any =
        new Conversion(
            Money.of("1.00", "SGD"), Money.of("5.30", "CNY"), BigDecimal.TEN, RECEIVED, RATE_DATE);
    for (String amount : List.of("0.00", "-1.00")) {
      assertThatThrownBy(() -> payment(Money.of(amount, "SGD"), any))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
