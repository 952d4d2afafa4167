package org.institute.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The API's rate limit: a bucket of a minute's requests, refilled evenly. */
class TokenBucketTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  @Test
  void aFullBucketLetsAMinutesRequestsThroughAtOnceThenSaysHowLongToWait() {
    TokenBucket bucket = new TokenBucket(3, 0);
    assertThat(bucket.take(0).remaining()).isEqualTo(2);
    assertThat(bucket.take(0).remaining()).isEqualTo(1);
    TokenBucket.Decision last = bucket.take(0);
    assertThat(last.allowed()).isTrue();
    assertThat(last.remaining()).isZero();

    TokenBucket.Decision refused = bucket.take(0);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.limit()).isEqualTo(3);
    // three a minute: one every 20 seconds
    assertThat(refused.seconds()).isEqualTo(20);
  }

  @Test
  void theBucketRefillsEvenlyAndNeverBeyondItsCapacity() {
    TokenBucket bucket = new TokenBucket(60, 0);
    for (int i = 0; i < 60; i++) {
      assertThat(bucket.take(0).allowed()).isTrue();
    }
    assertThat(bucket.take(0).allowed()).isFalse();
    assertThat(bucket.take(SECOND).allowed()).isTrue();
    assertThat(bucket.take(SECOND).allowed()).isFalse();
    TokenBucket.Decision later = bucket.take(10 * 60 * SECOND);
    assertThat(later.remaining()).isEqualTo(59);
  }

  @Test
  void theWaitIsAtLeastOneSecond() {
    TokenBucket bucket = new TokenBucket(100_000, 0);
    for (int i = 0; i < 100_000; i++) {
      bucket.take(0);
    }
    assertThat(bucket.take(0).seconds()).isEqualTo(1);
  }

  @Test
  void aTokensOwnRateIsUsedOnlyWhenLowerThanTheServers() {
    RateLimiter limiter = new RateLimiter();
    limiter.ratePerMinute = 600;
    assertThat(limiter.effectiveRate(null)).isEqualTo(600);
    assertThat(limiter.effectiveRate(5)).isEqualTo(5);
    assertThat(limiter.effectiveRate(5000)).isEqualTo(600);
  }

  @Test
  void eachKeyHasItsOwnBucket() {
    RateLimiter limiter = new RateLimiter();
    limiter.ratePerMinute = 600;
    limiter.nanos = () -> 0L;
    assertThat(limiter.takeForToken(1, 1).allowed()).isTrue();
    assertThat(limiter.takeForToken(1, 1).allowed()).isFalse();
    assertThat(limiter.takeForToken(2, 1).allowed()).isTrue();
    assertThat(limiter.takeForToken(3, null).remaining()).isEqualTo(599);
  }

  @Test
  void signInTokensAreLimitedOnlyWhenConfigured() {
    RateLimiter limiter = new RateLimiter();
    limiter.ratePerMinute = 600;
    limiter.nanos = () -> 0L;
    assertThat(limiter.takeForUser("ann")).isEmpty();
    limiter.signInRatePerMinute = 1;
    assertThat(limiter.takeForUser("ann"))
        .hasValueSatisfying(d -> assertThat(d.allowed()).isTrue());
    assertThat(limiter.takeForUser("ann"))
        .hasValueSatisfying(d -> assertThat(d.allowed()).isFalse());
    assertThat(limiter.takeForUser("bob"))
        .hasValueSatisfying(d -> assertThat(d.allowed()).isTrue());
  }
}
