package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsPasswordOfMinimumLength() {
    assertThat(PasswordPolicy.problemsWith("a".repeat(PasswordPolicy.MIN_LENGTH), "alice"))
        .isEmpty();
  }

  @Test
  void acceptsPasswordOfMaximumLength() {
    assertThat(PasswordPolicy.problemsWith("a".repeat(PasswordPolicy.MAX_LENGTH), "alice"))
        .isEmpty();
  }

  @Test
  void refusesShortPassword() {
    assertThat(PasswordPolicy.problemsWith("a".repeat(PasswordPolicy.MIN_LENGTH - 1), "alice"))
        .containsExactly("password.tooShort");
  }

  @Test
  void refusesLongPassword() {
    assertThat(PasswordPolicy.problemsWith("a".repeat(PasswordPolicy.MAX_LENGTH + 1), "alice"))
        .containsExactly("password.tooLong");
  }

  @Test
  void treatsNullAsTooShort() {
    assertThat(PasswordPolicy.problemsWith(null, "alice")).containsExactly("password.tooShort");
  }

  @Test
  void refusesUsernameIgnoringCase() {
    assertThat(PasswordPolicy.problemsWith("Administrator", "administrator"))
        .containsExactly("password.sameAsUsername");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(PasswordPolicy.problemsWith("Bob", "bob"))
        .containsExactlyInAnyOrder("password.tooShort", "password.sameAsUsername");
  }

  @Test
  void countsSupplementaryCharactersOnce() {
    String elevenEmoji = "\uD83D\uDE00".repeat(PasswordPolicy.MIN_LENGTH - 1);

    assertThat(PasswordPolicy.problemsWith(elevenEmoji, "alice"))
        .containsExactly("password.tooShort");
  }
}
