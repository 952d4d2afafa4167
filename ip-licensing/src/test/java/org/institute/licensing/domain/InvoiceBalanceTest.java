package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.institute.core.Money;
import org.junit.jupiter.api.Test;

class InvoiceBalanceTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  @Test
  void anUnpaidInvoiceOwesItsAmount() {
    InvoiceBalance balance = InvoiceBalance.of(cny("1000.00"), List.of(), List.of());

    assertThat(balance.outstanding()).isEqualTo(cny("1000.00"));
    assertThat(balance.credit().isZero()).isTrue();
    assertThat(balance.settled()).isFalse();
  }

  @Test
  void partialPaymentsLeaveTheRestOutstanding() {
    InvoiceBalance balance =
        InvoiceBalance.of(cny("1000.00"), List.of(), List.of(cny("300.00"), cny("299.99")));

    assertThat(balance.paid()).isEqualTo(cny("599.99"));
    assertThat(balance.outstanding()).isEqualTo(cny("400.01"));
  }

  @Test
  void anOverpaymentIsKeptAsCredit() {
    InvoiceBalance balance =
        InvoiceBalance.of(cny("1000.00"), List.of(), List.of(cny("600.00"), cny("500.00")));

    assertThat(balance.outstanding().isZero()).isTrue();
    assertThat(balance.credit()).isEqualTo(cny("100.00"));
    assertThat(balance.settled()).isTrue();
  }

  @Test
  void aCreditNoteReducesWhatIsOwed() {
    InvoiceBalance balance =
        InvoiceBalance.of(cny("1000.00"), List.of(cny("-250.00")), List.of(cny("800.00")));

    assertThat(balance.credited()).isEqualTo(cny("-250.00"));
    assertThat(balance.outstanding().isZero()).isTrue();
    assertThat(balance.credit()).isEqualTo(cny("50.00"));
  }

  @Test
  void aCreditNoteOwesNothingItself() {
    InvoiceBalance balance = InvoiceBalance.of(cny("-250.00"), List.of(), List.of());

    assertThat(balance.outstanding().isZero()).isTrue();
    assertThat(balance.settled()).isTrue();
  }

  @Test
  void numbersArePrintedWithSeriesYearAndFiveDigits() {
    assertThat(InvoiceNumbers.format(org.institute.licensing.InvoiceKind.INVOICE, 2026, 42))
        .isEqualTo("INV-2026-00042");
    assertThat(InvoiceNumbers.format(org.institute.licensing.InvoiceKind.CREDIT_NOTE, 2027, 1))
        .isEqualTo("CN-2027-00001");
  }
}
