package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.FxImportResult;
import org.institute.core.FxRateView;
import org.institute.core.InvalidCommandException;
import org.institute.core.NewFxRate;
import org.institute.core.Violation;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class FxRateAdministrationServiceTest {

  private final ExchangeRateServiceTest.Rates rates = new ExchangeRateServiceTest.Rates();
  private final RecordingAudit audit = new RecordingAudit();

  private FxRateAdministrationService service(Caller caller) {
    ExchangeRateService exchange = new ExchangeRateService();
    Wiring.inject(exchange, "rates", rates);
    Wiring.inject(exchange, "audit", audit);
    FxRateAdministrationService s = new FxRateAdministrationService();
    Wiring.inject(s, "rates", rates);
    Wiring.inject(s, "exchangeRates", exchange);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "policy", Policies.policy(caller));
    Wiring.inject(
        s,
        "clock",
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-05T04:00:00Z"), java.time.ZoneOffset.UTC));
    return s;
  }

  private static NewFxRate rate(LocalDate date, String base, String quote, String rate) {
    return new NewFxRate(date, base, quote, rate);
  }

  private static List<Violation> refusals(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  @Test
  void anAdminEntersARateThatIsRecordedUnderTheirName() {
    FxRateView v =
        service(TestCaller.admin())
            .record(rate(LocalDate.of(2020, 12, 8), "SGD", "CNY", " 4.9180 "));

    assertThat(v.rate()).isEqualByComparingTo("4.918");
    assertThat(v.base()).isEqualTo("SGD");
    assertThat(v.quote()).isEqualTo("CNY");
    assertThat(v.source()).isEqualTo("entered by admin");
    assertThat(rates.rates).hasSize(1);
    assertThat(audit.entries)
        .containsExactly("FX_RATE_RECORDED FxRate#SGD/CNY@2020-12-08: 4.9180 (entered by admin)");
  }

  @Test
  void aRateIsPositiveBelowAThousandWithAtMostEightDecimals() {
    FxRateAdministrationService s = service(TestCaller.admin());
    LocalDate d = LocalDate.of(2020, 12, 8);
    for (String bad : new String[] {"0", "-1", "1000", "1000.5", "0.000000001"}) {
      assertThat(refusals(() -> s.record(rate(d, "SGD", "CNY", bad))))
          .as(bad)
          .containsExactly(new Violation("rate", "fx.rate.outOfRange"));
    }
    assertThat(refusals(() -> s.record(rate(d, "SGD", "CNY", "4,918"))))
        .containsExactly(new Violation("rate", "amount.invalid"));
    assertThat(refusals(() -> s.record(rate(d, "SGD", "CNY", " "))))
        .containsExactly(new Violation("rate", "field.required"));
    assertThat(refusals(() -> s.record(rate(d, "SGD", "CNY", null))))
        .containsExactly(new Violation("rate", "field.required"));
    assertThat(refusals(() -> s.record(rate(d, "SGD", "CNY", "999.99999999")))).isEmpty();
    assertThat(refusals(() -> s.record(rate(d, "SGD", "CNY", "0.00000001")))).isEmpty();
  }

  @Test
  void theDateAndTheCurrencyPairAreChecked() {
    FxRateAdministrationService s = service(TestCaller.admin());
    assertThat(refusals(() -> s.record(rate(null, "USD", "SGD", "1.3"))))
        .containsExactly(
            new Violation("date", "field.required"), new Violation("base", "currency.unsupported"));
    assertThat(refusals(() -> s.record(rate(LocalDate.of(1989, 12, 31), "SGD", "SGD", "1"))))
        .containsExactly(
            new Violation("date", "date.outOfRange"), new Violation("quote", "fx.pair.same"));
    // the service's day is 2026-12-05: a rate of tomorrow, or of 2099, is a forecast
    assertThat(refusals(() -> s.record(rate(LocalDate.of(2026, 12, 6), "SGD", "XXX", "1"))))
        .containsExactly(
            new Violation("date", "fx.date.future"),
            new Violation("quote", "currency.unsupported"));
    assertThat(refusals(() -> s.record(rate(LocalDate.of(2099, 1, 1), "SGD", "CNY", "5"))))
        .containsExactly(new Violation("date", "fx.date.future"));
    assertThat(refusals(() -> s.record(rate(LocalDate.of(1990, 1, 1), "CNY", "SGD", "0.2"))))
        .isEmpty();
    assertThat(refusals(() -> s.record(rate(LocalDate.of(2026, 12, 5), "SGD", "CNY", "5"))))
        .isEmpty();
  }

  @Test
  void aCsvAddsNewDaysCorrectsChangedOnesAndIsIdempotent() {
    service(TestCaller.admin()).record(rate(LocalDate.of(2021, 1, 5), "SGD", "CNY", "4.90"));
    service(TestCaller.admin()).record(rate(LocalDate.of(2021, 1, 6), "SGD", "CNY", "4.95"));
    String csv = "date,rate\n2021-01-04,4.88\n2021-01-05,4.90\n2021-01-06,4.97\n";

    FxImportResult r = service(TestCaller.admin()).importCsv(csv);

    assertThat(r)
        .isEqualTo(
            new FxImportResult(3, 1, 1, 1, LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 6)));
    assertThat(audit.entries.subList(2, 4))
        .containsExactly(
            "FX_RATE_CORRECTED FxRate#SGD/CNY@2021-01-06: 4.95 -> 4.97 (CSV)",
            "FX_RATES_IMPORTED FxRate#SGD/CNY@2021-01-04..2021-01-06: 3 rows: 1 added, 1 corrected, 1 unchanged");
    assertThat(rates.rates).hasSize(3);
    assertThat(rates.rates.get(2).source()).isEqualTo("CSV import by admin");

    FxImportResult again = service(TestCaller.admin()).importCsv(csv);
    assertThat(again)
        .isEqualTo(
            new FxImportResult(3, 0, 0, 3, LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 6)));
    assertThat(audit.entries).hasSize(4);
  }

  @Test
  void aLongNameIsClippedInTheSource() {
    String name = "a".repeat(80);
    Caller longName =
        new TestCaller(
            name, java.util.EnumSet.of(org.institute.core.Role.ADMIN), java.util.Optional.empty());
    FxRateView v = service(longName).record(rate(LocalDate.of(2021, 1, 5), "SGD", "CNY", "4.9"));
    assertThat(v.source()).hasSize(64).startsWith("entered by aaa");
  }

  @Test
  void theCouncilAndAuditorsReadRatesOnlyAdminsMaintainThem() {
    service(TestCaller.admin()).record(rate(LocalDate.of(2021, 1, 5), "SGD", "CNY", "4.90"));
    assertThat(service(TestCaller.council()).rates(0, 10).total()).isEqualTo(1);
    FxRateView v = service(TestCaller.auditor()).rates(0, 10).rates().get(0);
    assertThat(v.date()).isEqualTo(LocalDate.of(2021, 1, 5));
    assertThat(v.rate()).isEqualByComparingTo(new BigDecimal("4.9"));
    assertThat(v.source()).isEqualTo("entered by admin");
    assertThat(service(TestCaller.admin()).rates(0, 10).rates()).hasSize(1);

    for (Caller c : List.of(TestCaller.staffOf(1), TestCaller.coordinator())) {
      assertThatThrownBy(() -> service(c).rates(0, 10)).isInstanceOf(AccessRefusedException.class);
    }
    for (Caller c : List.of(TestCaller.council(), TestCaller.auditor())) {
      assertThatThrownBy(() -> service(c).record(rate(LocalDate.of(2021, 1, 5), "SGD", "CNY", "4")))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> service(c).importCsv("date,rate\n"))
          .isInstanceOf(AccessRefusedException.class);
    }
  }
}
