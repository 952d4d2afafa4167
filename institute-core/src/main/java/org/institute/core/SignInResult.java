package org.institute.core;

import java.io.Serializable;
import java.util.Optional;

/**
 * The answer to a sign-in attempt. A refusal never says why (wrong password, unknown user or locked
 * account look the same), so the answer cannot be used to find out which usernames exist.
 */
public record SignInResult(AccountView account) implements Serializable {

  public static SignInResult refused() {
    return new SignInResult(null);
  }

  public boolean accepted() {
    return account != null;
  }

  public Optional<AccountView> acceptedAccount() {
    return Optional.ofNullable(account);
  }
}
