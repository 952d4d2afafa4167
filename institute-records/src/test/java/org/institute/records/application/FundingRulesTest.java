package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.testing.Wiring;
import org.institute.records.FundsMovementKind;
import org.institute.records.NewCommitment;
import org.institute.records.NewFundsMovement;
import org.institute.records.domain.ResearchRepository;
import org.junit.jupiter.api.Test;

/** The field rules of funding, with partner 1 and centre 3 known. */
class FundingRulesTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate TO = LocalDate.of(2021, 12, 31);

  private final FundingRules rules = wired();

  private static FundingRules wired() {
    ResearchRepository research =
        (ResearchRepository)
            Proxy.newProxyInstance(
                FundingRulesTest.class.getClassLoader(),
                new Class<?>[] {ResearchRepository.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "centre" ->
                          ((Long) args[0]) == 3L ? Optional.of(new Object()) : Optional.empty();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    KnownPartners known = NTU::equals;
    FundingRules rules = new FundingRules();
    Wiring.inject(rules, "research", research);
    Wiring.inject(rules, "knownPartners", known);
    return rules;
  }

  private static NewCommitment commitment(String amount, String currency) {
    return new NewCommitment(NTU, 3L, "Phase 2", "第二期", FROM, TO, FROM, amount, currency);
  }

  private static NewFundsMovement movement(String amount, String purpose) {
    return new NewFundsMovement(FundsMovementKind.DISBURSEMENT, FROM, amount, "SGD", purpose, 0L);
  }

  private static List<String> violations(Runnable check) {
    try {
      check.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  @Test
  void aValidCommitmentGivesItsAmountAsMoney() {
    assertThat(rules.checkCommitment(commitment(" 1000000.5 ", " SGD ")))
        .isEqualTo(Money.of("1000000.50", "SGD"));
    assertThat(
            rules.checkCommitment(
                new NewCommitment(NTU, null, "Phase 2", null, FROM, TO, FROM, "1", "CNY")))
        .isEqualTo(Money.of("1.00", "CNY"));
  }

  @Test
  void amountsArePositiveBelowOneTrillionAndInCents() {
    assertThat(rules.checkCommitment(commitment("0.01", "SGD"))).isEqualTo(Money.of("0.01", "SGD"));
    assertThat(rules.checkCommitment(commitment("999999999999.99", "SGD")))
        .isEqualTo(Money.of("999999999999.99", "SGD"));
    for (String bad : new String[] {"0", "-0.01", "1000000000000", "10.001"}) {
      assertThat(violations(() -> rules.checkCommitment(commitment(bad, "SGD"))))
          .as(bad)
          .containsExactly("amount:amount.outOfRange");
    }
    assertThat(violations(() -> rules.checkCommitment(commitment("ten", "SGD"))))
        .containsExactly("amount:amount.invalid");
    assertThat(violations(() -> rules.checkCommitment(commitment(" ", "SGD"))))
        .containsExactly("amount:field.required");
    assertThat(violations(() -> rules.checkCommitment(commitment(null, "SGD"))))
        .containsExactly("amount:field.required");
  }

  @Test
  void onlySingaporeDollarsAndRenminbiAreTaken() {
    assertThat(violations(() -> rules.checkCommitment(commitment("10", "USD"))))
        .containsExactly("currency:currency.unsupported");
    assertThat(violations(() -> rules.checkCommitment(commitment("10", "dollars"))))
        .containsExactly("currency:currency.unsupported");
    assertThat(FundingRules.supported("CNY")).hasToString("CNY");
    assertThat(FundingRules.supported(null)).isNull();
  }

  @Test
  void everyProblemOfACommitmentIsReportedAtOnce() {
    NewCommitment bad =
        new NewCommitment(
            new PartnerId(9),
            4L,
            " ",
            "长".repeat(201),
            LocalDate.of(1989, 12, 31),
            LocalDate.of(1989, 1, 1),
            null,
            "5",
            "EUR");

    assertThat(violations(() -> rules.checkCommitment(bad)))
        .containsExactly(
            "funder:partner.unknown",
            "centre:project.centre.unknown",
            "labelEn:field.required",
            "labelZh:field.tooLong",
            "periodFrom:date.outOfRange",
            "periodTo:date.outOfRange",
            "periodTo:project.endDate.beforeStart",
            "committedOn:field.required",
            "currency:currency.unsupported");
  }

  @Test
  void aFunderIsRequired() {
    assertThat(
            violations(
                () ->
                    rules.checkCommitment(
                        new NewCommitment(null, null, "x", null, FROM, TO, FROM, "1", "SGD"))))
        .containsExactly("funder:field.required");
  }

  @Test
  void datesRunFrom1990To2200AndAPeriodMayBeOneDay() {
    LocalDate first = LocalDate.of(1990, 1, 1);
    LocalDate last = LocalDate.of(2200, 12, 31);
    assertThat(
            violations(
                () ->
                    rules.checkCommitment(
                        new NewCommitment(NTU, null, "x", null, first, last, first, "1", "SGD"))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.checkCommitment(
                        new NewCommitment(NTU, null, "x", null, FROM, FROM, FROM, "1", "SGD"))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.checkCommitment(
                        new NewCommitment(
                            NTU, null, "x", null, FROM, last.plusDays(1), FROM, "1", "SGD"))))
        .containsExactly("periodTo:date.outOfRange");
  }

  @Test
  void labelsHaveAtMost200Characters() {
    assertThat(
            violations(
                () ->
                    rules.checkCommitment(
                        new NewCommitment(
                            NTU,
                            null,
                            "l".repeat(200),
                            "长".repeat(200),
                            FROM,
                            TO,
                            FROM,
                            "1",
                            "SGD"))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.checkCommitment(
                        new NewCommitment(
                            NTU, null, "l".repeat(201), null, FROM, TO, FROM, "1", "SGD"))))
        .containsExactly("labelEn:field.tooLong");
  }

  @Test
  void aValidMovementGivesItsAmountAsMoney() {
    assertThat(rules.checkMovement(movement("250.25", "first tranche")))
        .isEqualTo(Money.of("250.25", "SGD"));
    assertThat(rules.checkMovement(movement("1", "p".repeat(300))))
        .isEqualTo(Money.of("1.00", "SGD"));
  }

  @Test
  void everyProblemOfAMovementIsReportedAtOnce() {
    assertThat(
            violations(
                () ->
                    rules.checkMovement(
                        new NewFundsMovement(null, null, "0", "SGD", "p".repeat(301), null))))
        .containsExactly(
            "kind:field.required",
            "date:field.required",
            "amount:amount.outOfRange",
            "purpose:field.tooLong",
            "version:field.required");
    assertThat(violations(() -> rules.checkMovement(movement("1", " "))))
        .containsExactly("purpose:field.required");
  }
}
