package org.institute.web.talent.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.web.platform.json.StrictRecordReader;
import org.institute.web.platform.rest.QueryParams;

/**
 * Talent-specific request values (required dates and enums, session times, fees); the general ones
 * are in {@link QueryParams}.
 */
final class Params {
  private Params() {}

  static <E extends Enum<E>> E enumValue(
      String field, String value, Class<E> type, boolean required) {
    if (required && (value == null || value.isBlank())) {
      throw InvalidCommandException.of(field, "field.required");
    }
    return QueryParams.enumValue(field, value, type);
  }

  /** A date the command needs: absent is refused as required. */
  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidCommandException.of(field, "field.required");
    }
    return QueryParams.date(field, value);
  }

  static LocalDateTime dateTime(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidCommandException.of(field, "session.start.invalid");
    }
    try {
      return LocalDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw InvalidCommandException.of(field, "session.start.invalid");
    }
  }

  /** A fee: both parts or neither; a supported currency; a positive amount within range. */
  static Money fee(String amount, String currency) {
    boolean noAmount = amount == null || amount.isBlank();
    boolean noCurrency = currency == null || currency.isBlank();
    if (noAmount && noCurrency) {
      return null;
    }
    if (noCurrency) {
      throw InvalidCommandException.of("feeCurrency", "currency.unsupported");
    }
    if (noAmount) {
      throw InvalidCommandException.of("feeAmount", "amount.invalid");
    }
    Currency c;
    try {
      c = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidCommandException.of("feeCurrency", "currency.unsupported");
    }
    if (!Money.SUPPORTED.contains(c)) {
      throw InvalidCommandException.of("feeCurrency", "currency.unsupported");
    }
    try {
      BigDecimal value = new BigDecimal(amount.trim());
      if (value.signum() <= 0
          || value.compareTo(new BigDecimal("1e12")) >= 0
          || value.scale() > 2) {
        throw InvalidCommandException.of("feeAmount", "amount.outOfRange");
      }
      return Money.of(value, c);
    } catch (NumberFormatException e) {
      throw InvalidCommandException.of("feeAmount", "amount.invalid");
    }
  }

  /**
   * A body that may be left out: empty gives null; anything else is read as strictly as every other
   * record body (one JSON object whose every field the record has).
   */
  static <T extends Record> T optionalBody(byte[] raw, Class<T> type) {
    // bytes, not a String: JSON is read as UTF-8 whatever charset a request declares (RFC 8259)
    if (raw == null || new String(raw, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return null;
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    T body =
        (T)
            new StrictRecordReader()
                .readFrom(
                    (Class) type,
                    type,
                    new java.lang.annotation.Annotation[0],
                    jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE,
                    null,
                    new java.io.ByteArrayInputStream(raw));
    return body;
  }

  static void requireBody(Object body) {
    if (body == null) {
      throw InvalidCommandException.of(null, "body.required");
    }
  }
}
