package org.institute.core;

import java.util.List;

/**
 * A command broke a rule; nothing was changed. The web layer shows each violation beside its field.
 */
public class InvalidCommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<Violation> violations;

  public InvalidCommandException(List<Violation> violations) {
    super("refused: " + violations);
    this.violations = List.copyOf(violations);
  }

  public static InvalidCommandException of(String field, String messageKey) {
    return new InvalidCommandException(List.of(new Violation(field, messageKey)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
