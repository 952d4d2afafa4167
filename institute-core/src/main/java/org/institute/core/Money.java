package org.institute.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An immutable amount of money in one of the {@link #SUPPORTED} currencies, always held at cent
 * precision.
 */
public final class Money implements Comparable<Money> {

  /** Both supported currencies have two minor-unit digits, so one fixed scale serves them all. */
  public static final int SCALE = 2;

  public static final Set<Currency> SUPPORTED =
      Set.of(Currency.getInstance("SGD"), Currency.getInstance("CNY"));

  /** The supported currency of this ISO code (blanks trimmed), or empty for any other text. */
  public static java.util.Optional<Currency> supportedCurrency(String code) {
    try {
      Currency unit = Currency.getInstance(code == null ? "" : code.trim());
      return SUPPORTED.contains(unit) ? java.util.Optional.of(unit) : java.util.Optional.empty();
    } catch (IllegalArgumentException notAnIsoCode) {
      return java.util.Optional.empty();
    }
  }

  // Banker's rounding avoids a systematic upward drift when many half-cent values are rounded.
  private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount.setScale(SCALE, ROUNDING);
    this.currency = currency;
  }

  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(currencyCode, "currencyCode must not be null");
    return of(parseAmount(amount), currencyFor(currencyCode));
  }

  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount must not be null");
    return new Money(amount, requireSupported(currency));
  }

  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Returns the currency unchanged if money may be held in it.
   *
   * @throws IllegalArgumentException if the currency is not in {@link #SUPPORTED}
   */
  public static Currency requireSupported(Currency currency) {
    Objects.requireNonNull(currency, "currency must not be null");
    if (!SUPPORTED.contains(currency)) {
      throw new IllegalArgumentException(
          "Unsupported currency "
              + currency.getCurrencyCode()
              + "; supported: "
              + supportedCodes());
    }
    return currency;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return currency;
  }

  public Money plus(Money other) {
    requireSameCurrency(other, "add");
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other, "subtract");
    return new Money(amount.subtract(other.amount), currency);
  }

  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor must not be null");
    return new Money(amount.multiply(factor), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other, "compare");
    return amount.compareTo(other.amount);
  }

  /**
   * Splits this amount into shares proportional to {@code weights}. The shares always add up to
   * exactly this amount: each share gets the whole cents of its exact proportion, and the cents
   * left over go one each to the shares with the largest remainders (earlier index wins a tie).
   *
   * @param weights non-negative weights, at least one of them positive
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    BigDecimal totalWeight = validatedTotal(weights);
    if (isNegative()) {
      return negate().allocate(weights).stream().map(Money::negate).toList();
    }
    BigDecimal cents = new BigDecimal(amount.unscaledValue());
    int count = weights.size();
    BigInteger[] shares = new BigInteger[count];
    BigDecimal[] remainders = new BigDecimal[count];
    BigInteger allocated = BigInteger.ZERO;
    for (int i = 0; i < count; i++) {
      BigDecimal[] quotientAndRemainder =
          cents.multiply(weights.get(i)).divideAndRemainder(totalWeight);
      shares[i] = quotientAndRemainder[0].toBigIntegerExact();
      remainders[i] = quotientAndRemainder[1];
      allocated = allocated.add(shares[i]);
    }
    int leftoverCents = amount.unscaledValue().subtract(allocated).intValueExact();
    List<Integer> byLargestRemainder =
        IntStream.range(0, count)
            .boxed()
            .sorted(
                Comparator.comparing((Integer i) -> remainders[i])
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()))
            .toList();
    for (int i = 0; i < leftoverCents; i++) {
      int index = byLargestRemainder.get(i);
      shares[index] = shares[index].add(BigInteger.ONE);
    }
    List<Money> result = new ArrayList<>(count);
    for (BigInteger share : shares) {
      result.add(new Money(new BigDecimal(share, SCALE), currency));
    }
    return Collections.unmodifiableList(result);
  }

  public List<Money> allocate(int... ratios) {
    Objects.requireNonNull(ratios, "ratios must not be null");
    return allocate(Arrays.stream(ratios).mapToObj(BigDecimal::valueOf).toList());
  }

  /** Formats with Western grouping, independent of the JVM's default locale. */
  @Override
  public String toString() {
    return format(Locale.ROOT);
  }

  /** Formats as the currency code followed by the amount grouped per {@code locale}. */
  public String format(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(ROUNDING);
    return currency.getCurrencyCode() + " " + format.format(amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money that
        && currency.equals(that.currency)
        && amount.compareTo(that.amount) == 0;
  }

  @Override
  public int hashCode() {
    // The scale is fixed, so BigDecimal's scale-sensitive hash agrees with compareTo equality.
    return Objects.hash(amount, currency);
  }

  private void requireSameCurrency(Money other, String operation) {
    Objects.requireNonNull(other, "other money must not be null");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot "
              + operation
              + " money in different currencies: "
              + currency.getCurrencyCode()
              + " and "
              + other.currency.getCurrencyCode());
    }
  }

  private static BigDecimal validatedTotal(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights must not be null");
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("At least one weight is required");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      Objects.requireNonNull(weight, "weights must not contain null");
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("Weights must not be negative, got " + weight);
      }
      total = total.add(weight);
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("At least one weight must be positive");
    }
    return total;
  }

  private static BigDecimal parseAmount(String amount) {
    try {
      return new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a decimal amount: '" + amount + "'", e);
    }
  }

  private static Currency currencyFor(String currencyCode) {
    try {
      return Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown currency code '" + currencyCode + "'; supported: " + supportedCodes(), e);
    }
  }

  private static String supportedCodes() {
    return SUPPORTED.stream().map(Currency::getCurrencyCode).sorted().toList().toString();
  }
}
