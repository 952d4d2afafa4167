package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.institute.core.Conversion;
import org.institute.core.Money;
import org.institute.core.domain.FxQuote;
import org.institute.core.domain.FxRate;
import org.institute.core.domain.FxRateRepository;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class ExchangeRateServiceTest {

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate ANNOUNCED = LocalDate.of(2020, 12, 8);

  /** Rates in a list. */
  static final class Rates implements FxRateRepository {
    final List<FxRate> rates = new ArrayList<>();

    @Override
    public Optional<FxRate> find(LocalDate date, Currency base, Currency quote) {
      return rates.stream()
          .filter(
              r ->
                  r.quote().date().equals(date)
                      && r.quote().base().equals(base)
                      && r.quote().quote().equals(quote))
          .findFirst();
    }

    @Override
    public void add(FxRate rate) {
      rates.add(rate);
    }

    @Override
    public List<FxQuote> latestOnOrBefore(LocalDate date, Currency a, Currency b) {
      return rates.stream()
          .map(FxRate::quote)
          .filter(q -> !q.date().isAfter(date))
          .filter(
              q ->
                  (q.base().equals(a) && q.quote().equals(b))
                      || (q.base().equals(b) && q.quote().equals(a)))
          .sorted(Comparator.comparing(FxQuote::date).reversed())
          .limit(1)
          .toList();
    }

    @Override
    public List<FxQuote> all(Currency a, Currency b) {
      return rates.stream().map(FxRate::quote).toList();
    }

    @Override
    public List<FxRate> page(int firstResult, int maxResults) {
      return rates.stream().skip(firstResult).limit(maxResults).toList();
    }

    @Override
    public long count() {
      return rates.size();
    }

    @Override
    public List<FxRate> between(LocalDate from, LocalDate to, Currency base, Currency quote) {
      return rates.stream()
          .filter(r -> !r.quote().date().isBefore(from) && !r.quote().date().isAfter(to))
          .toList();
    }
  }

  private final Rates rates = new Rates();
  private final RecordingAudit audit = new RecordingAudit();

  private ExchangeRateService service() {
    ExchangeRateService s = new ExchangeRateService();
    Wiring.inject(s, "rates", rates);
    Wiring.inject(s, "audit", audit);
    return s;
  }

  @Test
  void aRateIsRecordedOncePerDayAndACorrectionIsAuditedWithTheOldValue() {
    service().recordRate(ANNOUNCED, SGD, CNY, new BigDecimal("4.9180"), "announcement");
    service().recordRate(ANNOUNCED, SGD, CNY, new BigDecimal("4.9200"), "MAS");

    assertThat(rates.rates).hasSize(1);
    assertThat(rates.rates.get(0).rate()).isEqualByComparingTo("4.92");
    assertThat(audit.entries)
        .containsExactly(
            "FX_RATE_RECORDED FxRate#SGD/CNY@2020-12-08: 4.9180 (announcement)",
            "FX_RATE_CORRECTED FxRate#SGD/CNY@2020-12-08: 4.9180 -> 4.9200");
  }

  @Test
  void aBadRateIsNeverRecorded() {
    assertThatThrownBy(() -> service().recordRate(ANNOUNCED, SGD, CNY, BigDecimal.ZERO, "typo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service().recordRate(ANNOUNCED, SGD, SGD, BigDecimal.ONE, "typo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(rates.rates).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void anAmountIsConvertedAtTheLatestRateOnOrBeforeItsDate() {
    service().recordRate(ANNOUNCED, SGD, CNY, new BigDecimal("4.9180"), "announcement");

    Conversion c =
        service().convert(Money.of("61000000.00", "SGD"), CNY, ANNOUNCED.plusDays(3)).orElseThrow();

    assertThat(c.result()).isEqualTo(Money.of("299998000.00", "CNY"));
    assertThat(service().convert(Money.of("1.00", "SGD"), CNY, ANNOUNCED.minusDays(1))).isEmpty();
  }
}
