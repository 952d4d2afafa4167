package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.Conversion;
import org.institute.core.CurrencyConverter;
import org.institute.core.ExchangeRates;
import org.institute.core.Money;
import org.institute.core.domain.FxQuote;
import org.institute.core.domain.FxRate;
import org.institute.core.domain.FxRateRepository;
import org.institute.core.domain.FxRateTable;

@ApplicationScoped
@Transactional
class ExchangeRateService implements ExchangeRates {

  @Inject private FxRateRepository rates;
  @Inject private AuditTrail audit;

  @Override
  public void recordRate(
      LocalDate date, Currency base, Currency quote, BigDecimal rate, String source) {
    FxQuote validated = new FxQuote(date, base, quote, rate);
    String pair = base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    Optional<FxRate> existing = rates.find(date, base, quote);
    if (existing.isPresent()) {
      BigDecimal before = existing.get().rate();
      existing.get().correct(rate, source);
      audit.record("FX_RATE_CORRECTED", "FxRate", pair + "@" + date, before + " -> " + rate);
    } else {
      rates.add(new FxRate(validated, source));
      audit.record("FX_RATE_RECORDED", "FxRate", pair + "@" + date, rate + " (" + source + ")");
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Conversion> convert(Money money, Currency target, LocalDate on) {
    return new FxRateTable(rates.latestOnOrBefore(on, money.currency(), target))
        .convert(money, target, on);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public CurrencyConverter converterBetween(Currency one, Currency other) {
    return new FxRateTable(rates.all(one, other));
  }
}
