package org.institute.web.platform.export;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/** How a cell's value becomes text, and the guard against formula injection in CSV. */
final class Cells {
  private Cells() {}

  /**
   * Text that a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
   * return) gets a leading apostrophe, so opening an export never runs what someone typed into a
   * record (OWASP's advice on CSV injection). Numbers are not text and keep their sign.
   */
  static String neutralised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(Cells::text).collect(Collectors.joining(", "));
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    return Objects.toString(value);
  }
}
