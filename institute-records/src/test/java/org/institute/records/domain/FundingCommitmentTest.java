package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

class FundingCommitmentTest {

  private static final LocalDate COMMITTED = LocalDate.of(2021, 1, 4);
  private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
  private static final PartnerId NTU = new PartnerId(1);

  private static FundingCommitment commitment(String labelZh) {
    return new FundingCommitment(
        NTU,
        12L,
        " Phase 2 ",
        labelZh,
        LocalDate.of(2021, 1, 1),
        LocalDate.of(2021, 12, 31),
        COMMITTED,
        Money.of("1000.00", "SGD"),
        NOW);
  }

  private static FundsMovement record(
      FundingCommitment c, FundsMovementKind kind, String day, String amount) {
    return c.record(kind, LocalDate.parse(day), Money.of(amount, "SGD"), "purpose", "admin", NOW);
  }

  private static FundingLedger ledger() {
    return new FundingLedger(
        new FxRateTable(
            List.of(
                new FxQuote(
                    COMMITTED, FundingLedger.SGD, FundingLedger.CNY, new BigDecimal("5.0000")))));
  }

  @Test
  void aCommitmentKeepsItsFunderCentrePeriodAndTrimmedLabels() {
    FundingCommitment c = commitment(" 第二期 ");

    assertThat(c.funder()).isEqualTo(NTU);
    assertThat(c.centreId()).isEqualTo(12L);
    assertThat(c.labelEn()).isEqualTo("Phase 2");
    assertThat(c.labelZh()).isEqualTo("第二期");
    assertThat(c.periodFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(c.periodTo()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(c.committedOn()).isEqualTo(COMMITTED);
    assertThat(c.committed()).isEqualTo(Money.of("1000.00", "SGD"));
    assertThat(c.disbursed()).isEqualTo(Money.of("0.00", "SGD"));
    assertThat(c.spent()).isEqualTo(Money.of("0.00", "SGD"));
  }

  @Test
  void aBlankOrMissingChineseLabelIsNoLabel() {
    assertThat(commitment("  ").labelZh()).isNull();
    assertThat(commitment(null).labelZh()).isNull();
  }

  @Test
  void aRecordedMovementIsKeptWithItsPurposeAndWhoRecordedIt() {
    FundingCommitment c = commitment(null);

    FundsMovement m =
        c.record(
            FundsMovementKind.DISBURSEMENT,
            COMMITTED,
            Money.of("250.25", "SGD"),
            "first tranche",
            "finance.officer",
            NOW);

    assertThat(c.movements()).containsExactly(m);
    assertThat(m.kind()).isEqualTo(FundsMovementKind.DISBURSEMENT);
    assertThat(m.date()).isEqualTo(COMMITTED);
    assertThat(m.money()).isEqualTo(Money.of("250.25", "SGD"));
    assertThat(m.purpose()).isEqualTo("first tranche");
    assertThat(m.recordedBy()).isEqualTo("finance.officer");
    assertThat(c.disbursed()).isEqualTo(Money.of("250.25", "SGD"));
  }

  @Test
  void everythingDisbursedMayBeSpentToTheCent() {
    FundingCommitment c = commitment(null);
    record(c, FundsMovementKind.DISBURSEMENT, "2021-02-01", "400.00");
    record(c, FundsMovementKind.EXPENDITURE, "2021-03-01", "150.00");

    record(c, FundsMovementKind.EXPENDITURE, "2021-04-01", "250.00");

    assertThat(c.spent()).isEqualTo(c.disbursed());
    assertThat(c.spent()).isEqualTo(Money.of("400.00", "SGD"));
    assertThatThrownBy(() -> record(c, FundsMovementKind.EXPENDITURE, "2021-04-02", "0.01"))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void theLedgerConvertsWhatWasDisbursedAndSpentAtTheDayOfEachMovement() {
    FundingCommitment c = commitment(null);
    record(c, FundsMovementKind.DISBURSEMENT, "2021-02-01", "400.00");
    record(c, FundsMovementKind.DISBURSEMENT, "2021-03-01", "100.00");
    record(c, FundsMovementKind.EXPENDITURE, "2021-04-01", "120.10");

    FundingLedger ledger = ledger();
    FundsColumns committed = ledger.committed(c);
    FundsColumns disbursed = ledger.disbursed(c);
    FundsColumns spent = ledger.spent(c);

    assertThat(committed.own().amount()).isEqualByComparingTo("1000.00");
    assertThat(committed.cny().amount()).isEqualByComparingTo("5000.00");
    assertThat(committed.cny().earlierRateDates()).isEmpty();
    assertThat(disbursed.own().amount()).isEqualByComparingTo("500.00");
    assertThat(disbursed.cny().amount()).isEqualByComparingTo("2500.00");
    assertThat(disbursed.cny().earlierRateDates()).containsExactly(COMMITTED);
    assertThat(spent.own().amount()).isEqualByComparingTo("120.10");
    assertThat(spent.sgd().amount()).isEqualByComparingTo("120.10");
    assertThat(spent.cny().amount()).isEqualByComparingTo("600.50");
  }

  @Test
  void aTotalWithoutAnyRateNamesTheEarliestDayThatHadNone() {
    FundingCommitment c =
        new FundingCommitment(
            NTU,
            null,
            "Early",
            null,
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 12, 31),
            LocalDate.of(2019, 3, 1),
            Money.of("900.00", "SGD"),
            NOW);
    record(c, FundsMovementKind.DISBURSEMENT, "2019-06-01", "100.00");
    record(c, FundsMovementKind.DISBURSEMENT, "2019-04-01", "100.00");
    record(c, FundsMovementKind.DISBURSEMENT, "2019-05-01", "100.00");

    FundsColumns disbursed = ledger().disbursed(c);

    assertThat(disbursed.cny().available()).isFalse();
    assertThat(disbursed.cny().noRateOn()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(disbursed.sgd().amount()).isEqualByComparingTo("300.00");
  }

  @Test
  void theTotalOfNoCommitmentsIsZeroWithoutAnOwnCurrency() {
    FundingRow total = ledger().total(List.of());

    assertThat(total.key()).isEqualTo("all");
    assertThat(total.committed().own()).isNull();
    assertThat(total.committed().sgd().amount()).isEqualByComparingTo("0.00");
    assertThat(total.spent().cny().amount()).isEqualByComparingTo("0.00");
  }

  @Test
  void aYearWithMovementsButNoCommitmentHasARowOfItsOwn() {
    FundingCommitment c = commitment(null);
    record(c, FundsMovementKind.DISBURSEMENT, "2021-02-01", "400.00");
    record(c, FundsMovementKind.DISBURSEMENT, "2022-02-01", "100.00");

    List<FundingRow> byYear =
        ledger()
            .grouped(
                List.of(c),
                x -> Integer.toString(x.periodFrom().getYear()),
                p -> Integer.toString(p.movement().date().getYear()),
                java.util.Comparator.naturalOrder());

    assertThat(byYear).extracting(FundingRow::key).containsExactly("2021", "2022");
    assertThat(byYear.get(1).committed().sgd().amount()).isEqualByComparingTo("0.00");
    assertThat(byYear.get(1).disbursed().own().amount()).isEqualByComparingTo("100.00");
    assertThat(byYear.get(0).disbursed().own().amount()).isEqualByComparingTo("400.00");
  }
}
