package org.institute.core;

import java.util.Optional;

/**
 * User accounts: sign-in with lockout, lookup and the preferences a user changes for themselves.
 */
public interface Accounts {

  /** Languages the portal speaks, as IETF tags. */
  java.util.List<String> LANGUAGES = java.util.List.of("en", "zh-CN");

  /**
   * Checks a password. Five failures in a row lock the account for fifteen minutes; while locked
   * even the right password is refused.
   */
  default SignInResult signIn(String username, char[] password) {
    return signIn(username, password, null);
  }

  /**
   * Checks a password and, for an account with a second factor, the one-time code. A right password
   * without a right code answers {@link SignInResult#codeNeeded()}; a wrong code counts towards the
   * lock like a wrong password.
   */
  SignInResult signIn(String username, char[] password, String code);

  /**
   * The second step of a portal sign-in: the code, after {@link #signIn} answered "code needed" for
   * the same username earlier in the same session. The caller vouches for that first step.
   */
  SignInResult signInWithCode(String username, String code);

  Optional<AccountView> find(String username);

  AccountView open(NewAccount account);

  /**
   * Opens the first administrator that an operator asked for at start-up, only while no enabled
   * administrator exists (decision 0063). Needs the system's own caller.
   *
   * @return the account opened; empty when none was asked for or an administrator exists
   * @throws InvalidCommandException when the username, e-mail or password would not do
   */
  Optional<AccountView> openFirstAdmin(String username, String email, char[] password);

  void changeLanguage(String username, String language);

  long count();
}
