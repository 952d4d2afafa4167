package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.Conversion;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.DealState;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationSchedule;
import org.junit.jupiter.api.Test;

/** How a payment finds and meets the obligation it pays (decision 0014). */
class ObligationMeetTest {

  private static final LocalDate RECEIVED = LocalDate.of(2021, 3, 1);

  private static void set(Object target, String field, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private final InMemoryObligations stored = new InMemoryObligations();
  private final ObligationService service = new ObligationService();
  private final LicenceDeal deal = Deals.in(DealState.EXECUTED);

  ObligationMeetTest() {
    set(service, "obligations", stored);
    set(deal, "id", 7L);
  }

  private Obligation milestone(long dealId, String amount) {
    Obligation o =
        new Obligation(
            dealId,
            "SGD",
            new ObligationSchedule.Planned(
                "M" + stored.all.size(),
                ObligationKind.MILESTONE_PAYMENT,
                "First commercial sale",
                null,
                null,
                LocalDate.of(2021, 6, 30),
                new BigDecimal(amount)));
    stored.add(o);
    return o;
  }

  private Obligation royaltyReport(long dealId) {
    Obligation o =
        new Obligation(
            dealId,
            "SGD",
            new ObligationSchedule.Planned(
                "R" + stored.all.size(),
                ObligationKind.ROYALTY_REPORT,
                "Royalty report",
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 3, 31),
                LocalDate.of(2021, 4, 30),
                null));
    stored.add(o);
    return o;
  }

  private static Conversion sgdToCny(String sgd, String cny) {
    return new Conversion(
        Money.of(sgd, "SGD"), Money.of(cny, "CNY"), new BigDecimal("5.3"), RECEIVED, RECEIVED);
  }

  private static Conversion cnyToSgd(String cny, String sgd) {
    return new Conversion(
        Money.of(cny, "CNY"), Money.of(sgd, "SGD"), new BigDecimal("0.19"), RECEIVED, RECEIVED);
  }

  private static String violation(Runnable call) {
    try {
      call.run();
    } catch (InvalidCommandException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).messageKey();
    }
    return "none";
  }

  @Test
  void aPaymentInTheDealsCurrencyCountsItsOwnAmount() {
    Obligation m = milestone(7, "10000.00");
    Money sgd = Money.of("10000.00", "SGD");

    Long met =
        service.meet(
            deal, PaymentPurpose.MILESTONE, sgd, sgdToCny("10000.00", "53000.00"), RECEIVED, null);

    assertThat(met).isEqualTo(m.id());
    assertThat(m.paid()).isEqualByComparingTo("10000.00");
    assertThat(m.metOn()).isEqualTo(RECEIVED);
  }

  @Test
  void aPaymentInTheOtherCurrencyCountsItsConvertedValue() {
    Obligation m = milestone(7, "10000.00");
    Money cny = Money.of("52000.00", "CNY");

    service.meet(
        deal, PaymentPurpose.MILESTONE, cny, cnyToSgd("52000.00", "9880.00"), RECEIVED, null);

    assertThat(m.paid()).isEqualByComparingTo("9880.00");
    assertThat(m.isOpen()).isTrue();
  }

  @Test
  void anUnnamedPaymentMeetsTheFirstOpenObligationOfItsPurposeOnThisDeal() {
    milestone(8, "5.00");
    Obligation report = royaltyReport(7);
    Obligation first = milestone(7, "100.00");
    Obligation second = milestone(7, "100.00");
    first.waive("admin", "renegotiated", java.time.Instant.EPOCH);

    Long met =
        service.meet(
            deal,
            PaymentPurpose.MILESTONE,
            Money.of("100.00", "SGD"),
            sgdToCny("100.00", "530.00"),
            RECEIVED,
            null);

    assertThat(met).isEqualTo(second.id());
    assertThat(second.metOn()).isEqualTo(RECEIVED);
    assertThat(report.paid()).isEqualByComparingTo("0.00");
  }

  @Test
  void aPaymentWithoutAnOpenObligationOfItsPurposeMeetsNone() {
    milestone(7, "100.00");
    assertThat(
            service.meet(
                deal,
                PaymentPurpose.UPFRONT_FEE,
                Money.of("100.00", "SGD"),
                sgdToCny("100.00", "530.00"),
                RECEIVED,
                null))
        .isNull();
  }

  @Test
  void aRoyaltyNamedByItsReportMeetsItAndAnUnnamedOneOnlyCountsTowardsIt() {
    Obligation report = royaltyReport(7);
    Money sgd = Money.of("800.00", "SGD");

    service.meet(deal, PaymentPurpose.ROYALTY, sgd, sgdToCny("800.00", "4240.00"), RECEIVED, null);
    assertThat(report.isOpen()).isTrue();
    assertThat(report.paid()).isEqualByComparingTo("800.00");

    service.meet(
        deal, PaymentPurpose.ROYALTY, sgd, sgdToCny("800.00", "4240.00"), RECEIVED, report.id());
    assertThat(report.metOn()).isEqualTo(RECEIVED);
    assertThat(report.paid()).isEqualByComparingTo("1600.00");
  }

  @Test
  void aNamedObligationMustBeThisDealsOpenAndOfThePaymentsPurpose() {
    Obligation elsewhere = milestone(8, "100.00");
    Obligation closed = milestone(7, "100.00");
    closed.waive("admin", "renegotiated", java.time.Instant.EPOCH);
    Obligation report = royaltyReport(7);
    Money sgd = Money.of("100.00", "SGD");
    Conversion c = sgdToCny("100.00", "530.00");

    assertThat(
            violation(
                () ->
                    service.meet(deal, PaymentPurpose.MILESTONE, sgd, c, RECEIVED, elsewhere.id())))
        .isEqualTo("obligationId:licensing.obligation.unknown");
    assertThat(
            violation(() -> service.meet(deal, PaymentPurpose.MILESTONE, sgd, c, RECEIVED, 999L)))
        .isEqualTo("obligationId:licensing.obligation.unknown");
    assertThat(
            violation(
                () -> service.meet(deal, PaymentPurpose.MILESTONE, sgd, c, RECEIVED, closed.id())))
        .isEqualTo("obligationId:licensing.obligation.closed");
    assertThat(
            violation(
                () -> service.meet(deal, PaymentPurpose.MILESTONE, sgd, c, RECEIVED, report.id())))
        .isEqualTo("obligationId:licensing.obligation.purpose");
    assertThat(elsewhere.paid()).isEqualByComparingTo("0.00");
    assertThat(report.paid()).isEqualByComparingTo("0.00");
  }
}
