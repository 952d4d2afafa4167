package org.institute.core;

import java.io.Serializable;
import java.util.Optional;

/**
 * The answer to a sign-in attempt. A refusal never says why (wrong password, unknown user or locked
 * account look the same), so the answer cannot be used to find out which usernames exist.
 */
public record SignInResult(AccountView account, boolean codeRequired) implements Serializable {

  public SignInResult(AccountView account) {
    this(account, false);
  }

  public static SignInResult refused() {
    return new SignInResult(null, false);
  }

  /**
   * The password was right but the account has a second factor and no right code came with it. Only
   * a caller who knew the password hears this, so it reveals nothing about other accounts.
   */
  public static SignInResult codeNeeded() {
    return new SignInResult(null, true);
  }

  public boolean accepted() {
    return account != null;
  }

  public Optional<AccountView> acceptedAccount() {
    return Optional.ofNullable(account);
  }
}
