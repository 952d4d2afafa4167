package org.institute.core;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person typed in a list's search box ({@code ?q=}), ready for a database's {@code like}:
 * trimmed, at most {@value #MAX_LENGTH} characters, and matched anywhere and in any case (decision
 * 0085). Blank means no search.
 */
public record SearchText(String text) implements Serializable {

  /** The parameter that carries the text; a refusal names it too. */
  public static final String PARAMETER = "q";

  public static final int MAX_LENGTH = 200;

  public SearchText {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a search has text");
    }
    text = text.trim();
    if (text.length() > MAX_LENGTH) {
      throw InvalidCommandException.of(PARAMETER, "field.tooLong");
    }
  }

  /**
   * The search in {@code raw}, none when blank.
   *
   * @throws InvalidCommandException naming {@code q} when longer than {@value #MAX_LENGTH}
   */
  public static Optional<SearchText> of(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(new SearchText(raw));
  }

  /**
   * A {@code like} pattern matching the text anywhere in a lower-cased column, with {@code \} as
   * the escape character: {@code lower(x) like :p escape '\'}. The text's own % and _ match
   * themselves.
   */
  public String containsPattern() {
    String lower = text.toLowerCase(Locale.ROOT);
    return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /** The text as a record number when it is one ("42", "#42"), to find a record by its id. */
  public Optional<Long> number() {
    String digits = text.startsWith("#") ? text.substring(1) : text;
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(digits));
  }
}
