package org.institute.records.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readings shared by the bibliography readers. */
final class EntryFields {

  static final String YEAR_INVALID = "publication.import.year.invalid";
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

  private EntryFields() {}

  /** The first four-digit number in the text; null when the text says none. */
  static Integer year(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** Whitespace runs (line breaks of wrapped fields included) made one space; blank as null. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = text.replaceAll("\\s+", " ").trim();
    return cleaned.isEmpty() ? null : cleaned;
  }
}
