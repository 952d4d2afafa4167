package org.institute.web.licensing.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.DealState;

/** Query parameters of the licensing resources, refused field by field when malformed. */
final class Params {
  private Params() {}

  static int bounded(String field, Integer value, int fallback, int min, int max) {
    int v = value == null ? fallback : value;
    if (v < min || v > max) {
      throw InvalidCommandException.of(field, "page.outOfRange");
    }
    return v;
  }

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

  static DealState state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DealState.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw InvalidCommandException.of("state", "licensing.deal.state.invalid");
    }
  }

  static Long id(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id <= 0) {
        throw InvalidCommandException.of(field, "id.invalid");
      }
      return id;
    } catch (NumberFormatException e) {
      throw InvalidCommandException.of(field, "id.invalid");
    }
  }
}
