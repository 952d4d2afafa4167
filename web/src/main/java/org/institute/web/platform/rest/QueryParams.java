package org.institute.web.platform.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;

/** Parses query parameters into values, refusing bad input with a field-level problem. */
public final class QueryParams {

  private QueryParams() {}

  public static LocalDate date(String field, String value) {
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

  public static Currency currency(String field, String value) {
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

  public static BigDecimal amount(String field, String value) {
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

  public static int bounded(String field, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw InvalidCommandException.of(field, "page.outOfRange");
    }
    return v;
  }

  /** The sort key asked for, if the list allows it; the list's first (default) key when absent. */
  public static String sort(String value, java.util.List<String> allowed) {
    if (value == null || value.isBlank()) {
      return allowed.get(0);
    }
    if (!allowed.contains(value)) {
      throw InvalidCommandException.of("sort", "sort.unknown");
    }
    return value;
  }

  /** Parses an enum constant named in a query parameter; null when absent. */
  public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidCommandException.of(field, "field.notAllowedValue");
    }
  }

  public static Boolean bool(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidCommandException.of(field, "field.notBoolean");
    };
  }

  public static Long id(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id <= 0) {
        throw InvalidCommandException.of(field, "field.outOfRange");
      }
      return id;
    } catch (NumberFormatException e) {
      throw InvalidCommandException.of(field, "field.notInteger");
    }
  }
}
