package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.Conversion;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.Violation;
import org.institute.licensing.PaymentAction;
import org.institute.licensing.PaymentPurpose;
import org.junit.jupiter.api.Test;

class PaymentTest {

  private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 8);
  private static final LocalDate RATE_DATE = LocalDate.of(2024, 3, 7);
  private static final Instant AT = Instant.parse("2024-03-08T09:00:00Z");

  /** Partner 1 owns all of one family and half of the other: three quarters of the revenue. */
  private static final List<Waterfall.Family> THREE_TO_ONE =
      List.of(
          family(1, Map.of(1L, new BigDecimal("50"), 2L, new BigDecimal("50"))),
          family(2, Map.of(1L, new BigDecimal("100"))));

  private static Waterfall.Family family(long id, Map<Long, BigDecimal> shares) {
    return new Waterfall.Family(
        id,
        shares,
        org.institute.licensing.CostRecovery.RECOVER_FIRST,
        Map.of(),
        Map.of(),
        List.of());
  }

  private static Payment payment(Money amount, Conversion conversion) {
    return new Payment(
        9L,
        RECEIVED,
        amount,
        PaymentPurpose.ROYALTY,
        "Q1 royalty",
        conversion,
        Waterfall.distribute(amount, conversion, THREE_TO_ONE, Map.of()),
        Map.of(),
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

  private static Payment sgdPayment() {
    Money sgd = Money.of("100.00", "SGD");
    return payment(
        sgd,
        new Conversion(
            sgd, Money.of("530.00", "CNY"), new BigDecimal("5.30000000"), RECEIVED, RATE_DATE));
  }

  private static final Instant VOIDED_AT = Instant.parse("2024-04-02T10:00:00Z");

  @Test
  void anAdminVoidsAPaymentWithAReasonAndItStaysOnRecordWithItsSplit() {
    Payment payment = sgdPayment();
    assertThat(payment.isVoided()).isFalse();

    payment.voidBy(Deals.ADMIN, "  Transfer bounced  ", VOIDED_AT);

    assertThat(payment.isVoided()).isTrue();
    assertThat(payment.voidedBy()).isEqualTo("admin");
    assertThat(payment.voidedAt()).isEqualTo(VOIDED_AT);
    assertThat(payment.voidReason()).isEqualTo("Transfer bounced");
    // nothing is deleted: amounts and split stay as recorded
    assertThat(payment.amount()).isEqualByComparingTo("100.00");
    assertThat(payment.shares())
        .extracting(PaymentShare::amountSgd)
        .containsExactly(new BigDecimal("75.00"), new BigDecimal("25.00"));
    assertThat(payment.recordedBy()).isEqualTo("finance");
  }

  @Test
  void aVoidedPaymentCannotBeVoidedTwice() {
    Payment payment = sgdPayment();
    payment.voidBy(Deals.ADMIN, "Recorded twice", VOIDED_AT);

    assertThatThrownBy(() -> payment.voidBy(Deals.ADMIN2, "again", VOIDED_AT.plusSeconds(60)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("licensing.payment.alreadyVoided");
    assertThat(payment.voidedBy()).isEqualTo("admin");
    assertThat(payment.voidReason()).isEqualTo("Recorded twice");
    assertThat(payment.voidedAt()).isEqualTo(VOIDED_AT);
  }

  @Test
  void aVoidNeedsAReasonOfAtMostAThousandCharacters() {
    Payment payment = sgdPayment();
    for (String missing : java.util.Arrays.asList(null, "", "   ")) {
      assertThatThrownBy(() -> payment.voidBy(Deals.ADMIN, missing, VOIDED_AT))
          .isInstanceOfSatisfying(
              InvalidCommandException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(new Violation("reason", "licensing.deal.reason.required")));
    }
    assertThatThrownBy(() -> payment.voidBy(Deals.ADMIN, "x".repeat(1001), VOIDED_AT))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("reason", "field.tooLong")));
    assertThat(payment.isVoided()).isFalse();
    payment.voidBy(Deals.ADMIN, " " + "x".repeat(1000) + " ", VOIDED_AT);
    assertThat(payment.voidReason()).hasSize(1000);
  }

  @Test
  void onlyAnAdminVoidsAPaymentAsThePolicySays() {
    Payment payment = sgdPayment();
    for (Actor notAdmin : List.of(Deals.NTU_STAFF, Deals.LICENSEE_STAFF, Actor.system())) {
      assertThat(DealPolicy.allowed(notAdmin, payment)).isEmpty();
      assertThatThrownBy(() -> payment.voidBy(notAdmin, "mine", VOIDED_AT))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThat(payment.isVoided()).isFalse();
    assertThat(DealPolicy.allowed(Deals.ADMIN, payment)).containsExactly(PaymentAction.VOID);

    payment.voidBy(Deals.ADMIN, "Wrong deal", VOIDED_AT);

    assertThat(DealPolicy.allowed(Deals.ADMIN, payment)).isEmpty();
    // a non-admin is refused as such, whatever the payment's state
    assertThatThrownBy(() -> payment.voidBy(Deals.NTU_STAFF, "mine", VOIDED_AT))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void itsValueInEachCurrencyOfADealIsTheOneRecorded() {
    Money cny = Money.of("100.01", "CNY");
    Payment payment =
        payment(
            cny,
            new Conversion(
                cny, Money.of("18.87", "SGD"), new BigDecimal("0.18870000"), RECEIVED, RATE_DATE));
    assertThat(payment.amountIn("CNY")).isEqualByComparingTo("100.01");
    assertThat(payment.amountIn("SGD")).isEqualByComparingTo("18.87");
    assertThat(sgdPayment().amountIn("SGD")).isEqualByComparingTo("100.00");
    assertThat(sgdPayment().amountIn("CNY")).isEqualByComparingTo("530.00");
    assertThatThrownBy(() -> payment.amountIn("USD")).isInstanceOf(IllegalArgumentException.class);
  }
}
