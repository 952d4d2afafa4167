package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CoreAction;
import org.institute.core.ExchangeRates;
import org.institute.core.FxImportResult;
import org.institute.core.FxRateAdministration;
import org.institute.core.FxRatePage;
import org.institute.core.FxRateView;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.NewFxRate;
import org.institute.core.Role;
import org.institute.core.Violation;
import org.institute.core.domain.FxQuote;
import org.institute.core.domain.FxRate;
import org.institute.core.domain.FxRateCsv;
import org.institute.core.domain.FxRateRepository;

@ApplicationScoped
@Transactional
class FxRateAdministrationService implements FxRateAdministration {

  private static final BigDecimal MAX_RATE = new BigDecimal("1000");
  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  @Inject private FxRateRepository rates;
  @Inject private ExchangeRates exchangeRates;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private CorePolicy policy;
  @Inject private Clock clock;

  @Override
  public FxRatePage rates(int firstResult, int maxResults) {
    policy.require(CoreAction.READ_FX_RATES, "reading exchange rates");
    return new FxRatePage(
        rates.page(firstResult, maxResults).stream()
            .map(FxRateAdministrationService::view)
            .toList(),
        rates.count());
  }

  @Override
  public FxRateView record(NewFxRate command) {
    caller.requireAnyRole("recording an exchange rate", Role.ADMIN);
    List<Violation> problems = new ArrayList<>();
    if (command.date() == null) {
      problems.add(new Violation("date", "field.required"));
    } else {
      String dateProblem = FxQuote.dateProblem(command.date(), LocalDate.now(clock));
      if (dateProblem != null) {
        problems.add(new Violation("date", dateProblem));
      }
    }
    Currency base = Money.supportedCurrency(command.base()).orElse(null);
    Currency quote = Money.supportedCurrency(command.quote()).orElse(null);
    if (base == null) {
      problems.add(new Violation("base", "currency.unsupported"));
    }
    if (quote == null) {
      problems.add(new Violation("quote", "currency.unsupported"));
    } else if (quote.equals(base)) {
      problems.add(new Violation("quote", "fx.pair.same"));
    }
    BigDecimal rate = null;
    if (command.rate() == null || command.rate().isBlank()) {
      problems.add(new Violation("rate", "field.required"));
    } else {
      try {
        rate = new BigDecimal(command.rate().trim());
        if (rate.signum() <= 0
            || rate.compareTo(MAX_RATE) >= 0
            || rate.stripTrailingZeros().scale() > 8) {
          problems.add(new Violation("rate", "fx.rate.outOfRange"));
        }
      } catch (NumberFormatException e) {
        problems.add(new Violation("rate", "amount.invalid"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    String source = clip("entered by " + caller.name());
    exchangeRates.recordRate(command.date(), base, quote, rate, source);
    return new FxRateView(
        command.date(), base.getCurrencyCode(), quote.getCurrencyCode(), rate, source);
  }

  @Override
  public FxImportResult importCsv(String csv) {
    caller.requireAnyRole("importing exchange rates", Role.ADMIN);
    List<FxQuote> quotes = FxRateCsv.parse(csv, LocalDate.now(clock));
    LocalDate first = quotes.get(0).date();
    LocalDate last = quotes.get(quotes.size() - 1).date();
    Map<LocalDate, FxRate> existing =
        rates.between(first, last, SGD, CNY).stream()
            .collect(Collectors.toMap(r -> r.quote().date(), Function.identity()));
    String source = clip("CSV import by " + caller.name());
    int added = 0;
    int corrected = 0;
    int unchanged = 0;
    for (FxQuote q : quotes) {
      FxRate known = existing.get(q.date());
      if (known == null) {
        rates.add(new FxRate(q, source));
        added++;
      } else if (known.rate().compareTo(q.rate()) == 0) {
        unchanged++;
      } else {
        BigDecimal before = known.rate();
        known.correct(q.rate(), source);
        audit.record(
            "FX_RATE_CORRECTED",
            "FxRate",
            "SGD/CNY@" + q.date(),
            before + " -> " + q.rate() + " (CSV)");
        corrected++;
      }
    }
    if (added + corrected > 0) {
      audit.record(
          "FX_RATES_IMPORTED",
          "FxRate",
          "SGD/CNY@" + first + ".." + last,
          quotes.size()
              + " rows: "
              + added
              + " added, "
              + corrected
              + " corrected, "
              + unchanged
              + " unchanged");
    }
    return new FxImportResult(quotes.size(), added, corrected, unchanged, first, last);
  }

  private static FxRateView view(FxRate r) {
    FxQuote q = r.quote();
    return new FxRateView(
        q.date(), q.base().getCurrencyCode(), q.quote().getCurrencyCode(), q.rate(), r.source());
  }

  private static String clip(String source) {
    return source.length() <= 64 ? source : source.substring(0, 64);
  }
}
