package org.institute.web.platform.export;

import java.util.function.Function;

/**
 * A column of an exported table: its header and how a row gives its cell. A cell is text, a number,
 * a date, an enum constant, a boolean, a collection (joined with ", ") or null. Money is always two
 * columns, the amount and its currency.
 */
public record Column<T>(String header, Function<? super T, ?> value) {

  public static <T> Column<T> of(String header, Function<? super T, ?> value) {
    return new Column<>(header, value);
  }
}
