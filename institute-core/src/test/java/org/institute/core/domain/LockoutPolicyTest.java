package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

  @Test
  void standardPolicyIsFiveAttemptsForFifteenMinutes() {
    assertThat(LockoutPolicy.standard()).isEqualTo(new LockoutPolicy(5, Duration.ofMinutes(15)));
  }

  @Test
  void doesNotLockBeforeTheLimit() {
    assertThat(LockoutPolicy.standard().shouldLock(4)).isFalse();
  }

  @Test
  void locksAtTheLimit() {
    assertThat(LockoutPolicy.standard().shouldLock(5)).isTrue();
  }

  @Test
  void staysLockedBeyondTheLimit() {
    assertThat(LockoutPolicy.standard().shouldLock(9)).isTrue();
  }

  @Test
  void lockLastsForTheLockDuration() {
    Instant now = Instant.parse("2024-06-03T10:00:00Z");

    assertThat(LockoutPolicy.standard().lockedUntil(now))
        .isEqualTo(Instant.parse("2024-06-03T10:15:00Z"));
  }

  @Test
  void refusesNonPositiveAttemptLimit() {
    assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesZeroLockDuration() {
    assertThatThrownBy(() -> new LockoutPolicy(3, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
