package org.institute.core.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether the operator's start-up request for a first administrator (decision 0063) is
 * applied: only when one was asked for, only while no enabled administrator exists, and only with a
 * username and password that an account opened by an administrator would also need.
 */
public final class FirstAdminBootstrap {

  /** What start-up does with the request. */
  public enum Decision {
    /** No username configured: nothing to do. */
    NOT_ASKED,
    /** An enabled administrator exists: the request is ignored, so it can never take over. */
    ADMIN_EXISTS,
    /** Open the account. */
    OPEN,
    /** Asked for, but the username, e-mail or password would not do; see the problems. */
    REFUSED
  }

  /** The decision and, when refused, the message keys of the broken rules. */
  public record Outcome(Decision decision, List<String> problems) {
    public Outcome {
      problems = List.copyOf(problems);
    }
  }

  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,63}";
  public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private FirstAdminBootstrap() {}

  public static Outcome decide(String username, String email, char[] password, long enabledAdmins) {
    if (username == null || username.isBlank()) {
      return new Outcome(Decision.NOT_ASKED, List.of());
    }
    if (enabledAdmins > 0) {
      return new Outcome(Decision.ADMIN_EXISTS, List.of());
    }
    List<String> problems = new ArrayList<>();
    if (!username.matches(USERNAME_PATTERN)) {
      problems.add("account.username.invalid");
    }
    if (email == null || !email.matches(EMAIL_PATTERN)) {
      problems.add("account.email.invalid");
    }
    problems.addAll(
        PasswordPolicy.problemsWith(password == null ? null : new String(password), username));
    return problems.isEmpty()
        ? new Outcome(Decision.OPEN, List.of())
        : new Outcome(Decision.REFUSED, problems);
  }
}
