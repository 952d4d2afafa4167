package org.institute.web.core.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;

/** Parses query parameters into values, refusing bad input with a field-level problem. */
final class QueryParams {

  private QueryParams() {}

  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value.trim());
      if (date.getYear() < 1900 || date.getYear() > 2200) {
        throw InvalidCommandException.of(field, "date.outOfRange");
      }
      return date;
    } catch (DateTimeParseException e) {
      throw InvalidCommandException.of(field, "date.invalid");
    }
  }

  static Currency currency(String field, String value) {
    try {
      Currency currency = Currency.getInstance(value == null ? "" : value.trim().toUpperCase());
      if (!Money.SUPPORTED.contains(currency)) {
        throw InvalidCommandException.of(field, "currency.unsupported");
      }
      return currency;
    } catch (IllegalArgumentException e) {
      throw InvalidCommandException.of(field, "currency.unsupported");
    }
  }

  static BigDecimal amount(String field, String value) {
    try {
      BigDecimal amount = new BigDecimal(value == null ? "" : value.trim());
      if (amount.abs().compareTo(new BigDecimal("1e15")) >= 0) {
        throw InvalidCommandException.of(field, "amount.outOfRange");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw InvalidCommandException.of(field, "amount.invalid");
    }
  }

  static int bounded(String field, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw InvalidCommandException.of(field, "page.outOfRange");
    }
    return v;
  }
}
