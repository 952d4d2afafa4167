package org.institute.web.platform.json;

import java.util.List;
import java.util.Map;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;

/**
 * A body's fields that could not be read, with what each takes where its message alone does not
 * say: the allowed values of an enumeration. The problem answer names them beside the field
 * (decision 0099), so a client sent {@code "exclusivity": "SOLE"} learns the values it may send.
 */
public class RefusedFields extends InvalidCommandException {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> expected;

  public RefusedFields(List<Violation> violations, Map<String, String> expected) {
    super(violations);
    this.expected = Map.copyOf(expected);
  }

  /** By field (as the violations name it): what the field takes, e.g. "one of A, B". */
  public Map<String, String> expected() {
    return expected;
  }
}
