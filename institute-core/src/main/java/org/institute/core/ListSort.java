package org.institute.core;

import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;

/**
 * The order of a list, as lists take it from an address ({@code ?sort=title,asc}) or a table
 * header: one field out of the list's own whitelist and a direction (decision 0085). The list's
 * query always adds the record's id in the same direction after it, so that equal keys keep a
 * stable order across pages. {@code -title} is read as {@code title,desc}, as the lists before took
 * it.
 */
public record ListSort(String field, boolean descending) implements Serializable {

  /** The parameter that names the order; a refusal names it too. */
  public static final String PARAMETER = "sort";

  public ListSort {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("a sort names a field");
    }
  }

  public static ListSort ascending(String field) {
    return new ListSort(field, false);
  }

  public static ListSort descending(String field) {
    return new ListSort(field, true);
  }

  /**
   * Reads {@code field}, {@code field,asc}, {@code field,desc} or {@code -field}; blank means the
   * list's default.
   *
   * @throws InvalidCommandException naming {@code sort} for a field the list does not sort by, or a
   *     direction other than asc or desc
   */
  public static ListSort parse(String raw, Collection<String> fields, ListSort byDefault) {
    if (raw == null || raw.isBlank()) {
      return byDefault;
    }
    String text = raw.trim();
    boolean descending = false;
    int comma = text.indexOf(',');
    if (comma >= 0) {
      String direction = text.substring(comma + 1).trim().toLowerCase(Locale.ROOT);
      if (direction.equals("desc")) {
        descending = true;
      } else if (!direction.equals("asc")) {
        throw unsupported();
      }
      text = text.substring(0, comma).trim();
    } else if (text.startsWith("-")) {
      descending = true;
      text = text.substring(1);
    }
    if (!fields.contains(text)) {
      throw unsupported();
    }
    return new ListSort(text, descending);
  }

  /** The same order, as the address writes it: {@code title,desc}. */
  public String parameter() {
    return field + (descending ? ",desc" : ",asc");
  }

  /** The other direction on the same field (a second click on a column header). */
  public ListSort reversed() {
    return new ListSort(field, !descending);
  }

  /** "asc" or "desc", as a query language writes it. */
  public String direction() {
    return descending ? "desc" : "asc";
  }

  private static InvalidCommandException unsupported() {
    return InvalidCommandException.of(PARAMETER, "sort.unsupported");
  }
}
