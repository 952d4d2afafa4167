package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.domain.FxQuote;
import org.institute.core.domain.FxRateTable;
import org.institute.records.FundingRow;
import org.institute.records.FundsColumns;
import org.institute.records.FundsMovementKind;
import org.junit.jupiter.api.Test;

class FundingLedgerTest {

  private static final LocalDate ANNOUNCED = LocalDate.of(2020, 12, 8);
  private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);

  private static FxRateTable rates(Object... dateAndRate) {
    List<FxQuote> quotes = new java.util.ArrayList<>();
    for (int i = 0; i < dateAndRate.length; i += 2) {
      quotes.add(
          new FxQuote(
              (LocalDate) dateAndRate[i],
              FundingLedger.SGD,
              FundingLedger.CNY,
              new BigDecimal((String) dateAndRate[i + 1])));
    }
    return new FxRateTable(quotes);
  }

  private static FundingCommitment commitment(
      PartnerId funder, String amount, String currency, int year) {
    return new FundingCommitment(
        funder,
        null,
        "Phase 2",
        "第二期",
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        ANNOUNCED,
        Money.of(amount, currency),
        NOW);
  }

  @Test
  void aDateWithoutARateIsConvertedAtTheLatestEarlierOneAndSaysWhich() {
    FundingLedger ledger =
        new FundingLedger(rates(ANNOUNCED, "4.9180", LocalDate.of(2021, 6, 30), "4.8000"));

    FundsColumns onTheDay = ledger.columns(Money.of("1000.00", "SGD"), ANNOUNCED);
    FundsColumns later = ledger.columns(Money.of("1000.00", "SGD"), LocalDate.of(2021, 3, 31));
    FundsColumns afterTheSecondRate =
        ledger.columns(Money.of("1000.00", "SGD"), LocalDate.of(2021, 7, 1));

    assertThat(onTheDay.cny().amount()).isEqualByComparingTo("4918.00");
    assertThat(onTheDay.cny().earlierRateDates()).isEmpty();
    assertThat(later.cny().amount()).isEqualByComparingTo("4918.00");
    assertThat(later.cny().earlierRateDates()).containsExactly(ANNOUNCED);
    assertThat(afterTheSecondRate.cny().amount()).isEqualByComparingTo("4800.00");
    assertThat(afterTheSecondRate.cny().earlierRateDates())
        .containsExactly(LocalDate.of(2021, 6, 30));
    assertThat(later.own().formatted()).isEqualTo("SGD 1,000.00");
    assertThat(later.sgd().amount()).isEqualByComparingTo("1000.00");
  }

  @Test
  void withoutAnyRateOnOrBeforeTheDateTheFigureIsMissingAndSaysForWhichDay() {
    FundingLedger ledger = new FundingLedger(rates(ANNOUNCED, "4.9180"));

    FundsColumns before = ledger.columns(Money.of("100.00", "CNY"), LocalDate.of(2019, 5, 1));

    assertThat(before.sgd().available()).isFalse();
    assertThat(before.sgd().noRateOn()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(before.cny().amount()).isEqualByComparingTo("100.00");
  }

  @Test
  void totalsAddEachAmountConvertedAtItsOwnDateAndKeepTheOwnCurrencyOnlyWhenThereIsOne() {
    FundingLedger ledger =
        new FundingLedger(rates(ANNOUNCED, "4.9180", LocalDate.of(2022, 1, 3), "5.0000"));
    FundingCommitment ntu = commitment(NTU, "1000000.00", "SGD", 2021);
    FundingCommitment scut = commitment(SCUT, "4918000.00", "CNY", 2022);
    ntu.record(
        FundsMovementKind.DISBURSEMENT,
        LocalDate.of(2021, 3, 31),
        Money.of("500000.00", "SGD"),
        "Q1",
        "admin",
        NOW);
    ntu.record(
        FundsMovementKind.DISBURSEMENT,
        LocalDate.of(2022, 3, 31),
        Money.of("500000.00", "SGD"),
        "Q1",
        "admin",
        NOW);
    ntu.record(
        FundsMovementKind.EXPENDITURE,
        LocalDate.of(2022, 6, 30),
        Money.of("200000.00", "SGD"),
        "staff",
        "admin",
        NOW);

    FundingRow total = ledger.total(List.of(ntu, scut));
    List<FundingRow> byYear =
        ledger.grouped(
            List.of(ntu, scut),
            c -> Integer.toString(c.periodFrom().getYear()),
            p -> Integer.toString(p.movement().date().getYear()),
            Comparator.naturalOrder());

    assertThat(total.committed().own()).isNull();
    assertThat(total.committed().sgd().amount()).isEqualByComparingTo("2000000.00");
    assertThat(total.committed().cny().amount()).isEqualByComparingTo("9836000.00");
    // 2021 at the announcement's rate (stood in), 2022 at the rate of 3 January 2022 (stood in)
    assertThat(total.disbursed().cny().amount()).isEqualByComparingTo("4959000.00");
    assertThat(total.disbursed().cny().earlierRateDates())
        .containsExactly(ANNOUNCED, LocalDate.of(2022, 1, 3));
    assertThat(total.spent().sgd().amount()).isEqualByComparingTo("200000.00");
    assertThat(byYear).extracting(FundingRow::key).containsExactly("2021", "2022");
    assertThat(byYear.get(0).committed().own().formatted()).isEqualTo("SGD 1,000,000.00");
    assertThat(byYear.get(0).disbursed().sgd().amount()).isEqualByComparingTo("500000.00");
    assertThat(byYear.get(1).committed().own().formatted()).isEqualTo("CNY 4,918,000.00");
    assertThat(byYear.get(1).disbursed().own().formatted()).isEqualTo("SGD 500,000.00");
  }

  @Test
  void aCommitmentInCnyOfTheSgdEquivalentAddsUpExactlyInBothCurrencies() {
    FundingLedger ledger = new FundingLedger(rates(ANNOUNCED, "4.9180"));
    FundingCommitment ntu = commitment(NTU, "24400000.00", "SGD", 2021);
    FundingCommitment scut = commitment(SCUT, "179998800.00", "CNY", 2021);

    FundingRow total = ledger.total(List.of(ntu, scut));

    assertThat(total.committed().sgd().amount()).isEqualByComparingTo("61000000.00");
    assertThat(total.committed().cny().amount()).isEqualByComparingTo("299998000.00");
  }

  @Test
  void disbursingMoreThanWasCommittedIsRefused() {
    FundingCommitment ntu = commitment(NTU, "1000.00", "SGD", 2021);
    ntu.record(
        FundsMovementKind.DISBURSEMENT,
        LocalDate.of(2021, 1, 5),
        Money.of("900.00", "SGD"),
        "first",
        "admin",
        NOW);

    assertThatThrownBy(
            () ->
                ntu.record(
                    FundsMovementKind.DISBURSEMENT,
                    LocalDate.of(2021, 2, 5),
                    Money.of("100.01", "SGD"),
                    "too much",
                    "admin",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("funding.disbursement.exceedsCommitment"));
    ntu.record(
        FundsMovementKind.DISBURSEMENT,
        LocalDate.of(2021, 2, 5),
        Money.of("100.00", "SGD"),
        "the rest",
        "admin",
        NOW);
    assertThat(ntu.disbursed()).isEqualTo(ntu.committed());
  }

  @Test
  void spendingMoreThanWasDisbursedIsRefused() {
    FundingCommitment ntu = commitment(NTU, "1000.00", "SGD", 2021);
    ntu.record(
        FundsMovementKind.DISBURSEMENT,
        LocalDate.of(2021, 1, 5),
        Money.of("300.00", "SGD"),
        "first",
        "admin",
        NOW);

    assertThatThrownBy(
            () ->
                ntu.record(
                    FundsMovementKind.EXPENDITURE,
                    LocalDate.of(2021, 2, 5),
                    Money.of("300.01", "SGD"),
                    "too much",
                    "admin",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("funding.expenditure.exceedsDisbursed"));
  }

  @Test
  void moneyInAnotherCurrencyOrBeforeTheCommitmentIsRefused() {
    FundingCommitment ntu = commitment(NTU, "1000.00", "SGD", 2021);

    assertThatThrownBy(
            () ->
                ntu.record(
                    FundsMovementKind.DISBURSEMENT,
                    LocalDate.of(2021, 1, 5),
                    Money.of("10.00", "CNY"),
                    "x",
                    "admin",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("funding.currency.mismatch"));
    assertThatThrownBy(
            () ->
                ntu.record(
                    FundsMovementKind.DISBURSEMENT,
                    ANNOUNCED.minusDays(1),
                    Money.of("10.00", "SGD"),
                    "x",
                    "admin",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("funding.date.beforeCommitment"));
    assertThat(ntu.movements()).isEmpty();
  }
}
