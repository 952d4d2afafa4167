package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's second factor: the Base32 TOTP secret, set from the start of enrolment and in force
 * only once confirmed by a first correct code. The codes' steps are sign-in bookkeeping ({@link
 * SignInRecord}).
 */
@Embeddable
public class TotpEnrolment {

  @Column(name = "mfa_secret", length = 64)
  private String secret;

  @Column(name = "mfa_enabled", nullable = false)
  private boolean enabled;

  protected TotpEnrolment() {}

  static TotpEnrolment none() {
    return new TotpEnrolment();
  }

  boolean enabled() {
    return enabled;
  }

  /** The secret of an enrolment not yet confirmed; empty once in force, so never shown again. */
  Optional<String> pendingSecret() {
    return enabled ? Optional.empty() : Optional.ofNullable(secret);
  }

  /** The secret to check codes against: the pending one while enrolling, else the one in force. */
  String secret() {
    return secret;
  }

  /** Starts (or restarts) enrolment; refused while a second factor is in force. */
  void begin(String newSecret) {
    if (enabled) {
      throw new IllegalStateException("a second factor is already in force");
    }
    this.secret = Objects.requireNonNull(newSecret);
  }

  boolean pending() {
    return secret != null && !enabled;
  }

  void putInForce() {
    if (!pending()) {
      throw new IllegalStateException("no enrolment to confirm");
    }
    enabled = true;
  }

  void remove() {
    enabled = false;
    secret = null;
  }
}
