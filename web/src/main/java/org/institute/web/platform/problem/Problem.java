package org.institute.web.platform.problem;

import java.util.List;

/** An RFC 9457 problem body. {@code violations} lists field errors of a refused command. */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * A field and what is wrong with it, as a message key and in English; {@code expected} says what
   * the field takes where the message alone does not (an enumeration's values), else null.
   */
  public record FieldError(String field, String code, String message, String expected) {

    public FieldError(String field, String code, String message) {
      this(field, code, message, null);
    }
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, List.of());
  }
}
