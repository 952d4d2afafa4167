package org.institute.core;

import java.io.Serializable;
import java.util.Optional;

/**
 * The opt-in second factor of sign-in: a TOTP authenticator (RFC 6238). Users enrol and disable
 * their own; an admin resets another user's when the device is lost. Every change is audited; the
 * secret is shown only while the enrolment is unconfirmed and never logged.
 */
public interface SecondFactor {

  /** What an authenticator app needs: the Base32 secret and the otpauth:// URI that carries it. */
  record Enrolment(String secret, String uri) implements Serializable {}

  /** Starts the caller's enrolment with a new secret (replacing an unconfirmed one). */
  Enrolment begin();

  /** The caller's unconfirmed enrolment, to show again until confirmed; empty otherwise. */
  Optional<Enrolment> pending();

  /** Puts the second factor in force with the first code the app shows. */
  void confirm(String code);

  /** The caller removes their own second factor, proving it with a current code. */
  void disable(String code);

  /** An admin removes another user's second factor (lost device); a no-op when there is none. */
  void reset(long accountId);
}
