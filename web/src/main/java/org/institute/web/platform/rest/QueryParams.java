package org.institute.web.platform.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.RecordNotFoundException;

/**
 * The one parser of query (and path) parameters for every REST resource: each value is refused with
 * a problem naming the field, and the same mistake always gives the same code.
 *
 * <ul>
 *   <li>{@code field.notInteger}: not a whole number (ids, years, offset, limit);
 *   <li>{@code field.outOfRange}: a number outside what the field allows (an id of 0, a year of
 *       -1);
 *   <li>{@code page.outOfRange}: an offset or limit outside the list's paging bounds;
 *   <li>{@code field.notAllowedValue}: not one of the names an enumeration allows;
 *   <li>{@code field.notBoolean}: neither {@code true} nor {@code false};
 *   <li>{@code sort.unsupported}: a sort key the list does not offer;
 *   <li>{@code date.invalid} / {@code date.outOfRange}: not an ISO date / outside 1900..2200;
 *   <li>{@code amount.invalid} / {@code amount.outOfRange}, {@code currency.unsupported}.
 * </ul>
 *
 * Absent or blank values give {@code null} (or the fallback), never an error: a filter left out
 * filters nothing.
 */
public final class QueryParams {

  /** The largest offset any list accepts. */
  public static final int MAX_OFFSET = 1_000_000;

  private QueryParams() {}

  public static LocalDate date(String field, String value) {
    if (absent(value)) {
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

  /** Where a page starts: 0 when absent, at most {@link #MAX_OFFSET}. */
  public static int offset(String value) {
    return paging("offset", value, 0, 0, MAX_OFFSET);
  }

  /** How many items a page holds: the fallback when absent, 1 to max. */
  public static int limit(String value, int fallback, int max) {
    return paging("limit", value, fallback, 1, max);
  }

  private static int paging(String field, String value, int fallback, int min, int max) {
    Long v = number(field, value);
    if (v == null) {
      return fallback;
    }
    if (v < min || v > max) {
      throw InvalidCommandException.of(field, "page.outOfRange");
    }
    return v.intValue();
  }

  /** The sort key asked for, if the list allows it; the list's first (default) key when absent. */
  public static String sort(String value, List<String> allowed) {
    if (absent(value)) {
      return allowed.get(0);
    }
    if (!allowed.contains(value)) {
      throw InvalidCommandException.of("sort", "sort.unsupported");
    }
    return value;
  }

  /** Parses an enum constant named in a query parameter (any case); null when absent. */
  public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
    if (absent(value)) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidCommandException.of(field, "field.notAllowedValue");
    }
  }

  public static Boolean bool(String field, String value) {
    if (absent(value)) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw InvalidCommandException.of(field, "field.notBoolean");
    };
  }

  /** A record id used as a filter: a positive whole number; null when absent. */
  public static Long id(String field, String value) {
    Long id = number(field, value);
    if (id != null && id <= 0) {
      throw InvalidCommandException.of(field, "field.outOfRange");
    }
    return id;
  }

  /** A calendar year used as a filter: 1 to 9999; null when absent. */
  public static Integer year(String field, String value) {
    Long year = number(field, value);
    if (year == null) {
      return null;
    }
    if (year < 1 || year > 9999) {
      throw InvalidCommandException.of(field, "field.outOfRange");
    }
    return year.intValue();
  }

  /** Any whole number; null when absent. */
  public static Long number(String field, String value) {
    if (absent(value)) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw InvalidCommandException.of(field, "field.notInteger");
    }
  }

  /**
   * The id in a record's address: anything that is not a positive whole number names no record, so
   * it is answered like an unknown id (404), never as a malformed request.
   */
  public static long pathId(String value, String what) {
    try {
      Long id = id("id", value);
      if (id != null) {
        return id;
      }
    } catch (InvalidCommandException e) {
      // falls through: not an id, so no such record
    }
    throw new RecordNotFoundException(what);
  }

  private static boolean absent(String value) {
    return value == null || value.isBlank();
  }
}
