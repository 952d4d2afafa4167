package org.institute.core.domain;

import java.util.ArrayList;
import java.util.List;

/** Decides whether a chosen password is acceptable, answering with i18n message keys. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  public static final String TOO_SHORT = "password.tooShort";
  public static final String TOO_LONG = "password.tooLong";
  public static final String SAME_AS_USERNAME = "password.sameAsUsername";

  private PasswordPolicy() {}

  /** Returns the message keys of every rule the password breaks; empty when it is acceptable. */
  public static List<String> problemsWith(String password, String username) {
    if (password == null) {
      return List.of(TOO_SHORT);
    }
    List<String> problems = new ArrayList<>();
    // Counting code points keeps an emoji or CJK supplementary character worth one character.
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add(TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      problems.add(TOO_LONG);
    }
    if (username != null && password.equalsIgnoreCase(username)) {
      problems.add(SAME_AS_USERNAME);
    }
    return List.copyOf(problems);
  }
}
