package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.hibernate.annotations.OptimisticLock;

/**
 * An account's sign-in bookkeeping: failed attempts, the lock they led to, the last sign-in and the
 * last one-time-code step used. None of it takes part in optimistic locking (decision 0030): a user
 * signing in must not make an admin's open edit of the account fail with a conflict. The account
 * embeds it as a whole, also excluded.
 */
@Embeddable
public class SignInRecord {

  @OptimisticLock(excluded = true)
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @OptimisticLock(excluded = true)
  @Column(name = "locked_until")
  private Instant lockedUntil;

  @OptimisticLock(excluded = true)
  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @OptimisticLock(excluded = true)
  @Column(name = "mfa_last_step")
  private Long mfaLastStep;

  protected SignInRecord() {}

  static SignInRecord fresh() {
    return new SignInRecord();
  }

  boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** Counts a wrong password; true when this failure locks the account. */
  boolean recordFailure(Instant now, LockoutPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      // the previous lock has run out: start counting afresh
      unlock();
    }
    failedLogins++;
    if (policy.shouldLock(failedLogins)) {
      lockedUntil = policy.lockedUntil(now);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  void recordSuccess(Instant now) {
    unlock();
    lastLoginAt = now;
  }

  void unlock() {
    lockedUntil = null;
    failedLogins = 0;
  }

  /**
   * Takes a code's time step. False when that step, or a later one, was used before: each code
   * counts once, even within its 30 seconds.
   */
  boolean acceptCodeStep(long step) {
    if (mfaLastStep != null && step <= mfaLastStep) {
      return false;
    }
    mfaLastStep = step;
    return true;
  }

  void forgetCodeSteps() {
    mfaLastStep = null;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  Instant lastLoginAt() {
    return lastLoginAt;
  }

  int failedLogins() {
    return failedLogins;
  }
}
