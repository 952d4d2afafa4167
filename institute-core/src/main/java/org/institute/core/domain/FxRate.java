package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A recorded daily exchange rate: one base unit buys {@code rate} quote units. */
@Entity
@Table(name = "core_fx_rate")
public class FxRate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rate_date", nullable = false)
  private LocalDate date;

  @Column(name = "base_currency", nullable = false, length = 3)
  private String base;

  @Column(name = "quote_currency", nullable = false, length = 3)
  private String quote;

  @Column(nullable = false, precision = 19, scale = 8)
  private BigDecimal rate;

  @Column(nullable = false, length = 64)
  private String source;

  protected FxRate() {}

  public FxRate(FxQuote quote, String source) {
    this.date = quote.date();
    this.base = quote.base().getCurrencyCode();
    this.quote = quote.quote().getCurrencyCode();
    this.rate = quote.rate();
    this.source = source;
  }

  public void correct(BigDecimal newRate, String newSource) {
    this.rate =
        new FxQuote(date, Currency.getInstance(base), Currency.getInstance(quote), newRate).rate();
    this.source = newSource;
  }

  public BigDecimal rate() {
    return rate;
  }

  public String source() {
    return source;
  }

  public FxQuote quote() {
    return new FxQuote(date, Currency.getInstance(base), Currency.getInstance(quote), rate);
  }
}
