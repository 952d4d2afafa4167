package org.institute.core.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** How many failed sign-ins lock an account, and for how long. */
public record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {

  public LockoutPolicy {
    if (maxFailedAttempts < 1) {
      throw new IllegalArgumentException(
          "maxFailedAttempts must be at least 1, got " + maxFailedAttempts);
    }
    Objects.requireNonNull(lockDuration, "lockDuration must not be null");
    if (lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("lockDuration must be positive, got " + lockDuration);
    }
  }

  /** Five attempts, then a fifteen-minute lock. */
  public static LockoutPolicy standard() {
    return new LockoutPolicy(5, Duration.ofMinutes(15));
  }

  public boolean shouldLock(int failedAttemptsSoFar) {
    return failedAttemptsSoFar >= maxFailedAttempts;
  }

  public Instant lockedUntil(Instant now) {
    Objects.requireNonNull(now, "now must not be null");
    return now.plus(lockDuration);
  }
}
