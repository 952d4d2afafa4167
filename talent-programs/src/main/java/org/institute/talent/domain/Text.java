package org.institute.talent.domain;

/** Small text helpers the aggregates share. */
final class Text {
  private Text() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
