package org.institute.web.platform.security;

import java.time.Duration;

/**
 * A token bucket: {@code capacity} requests at once, refilled evenly at {@code capacity} per
 * minute. Not thread-safe on its own; {@link RateLimiter} takes each bucket's lock.
 */
final class TokenBucket {

  private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

  private final int capacity;
  private double tokens;
  private long lastNanos;

  TokenBucket(int capacity, long nowNanos) {
    this.capacity = capacity;
    this.tokens = capacity;
    this.lastNanos = nowNanos;
  }

  int capacity() {
    return capacity;
  }

  /**
   * Takes one request's token if there is one; the answer says what is left, or how long to wait.
   */
  Decision take(long nowNanos) {
    refill(nowNanos);
    if (tokens >= 1) {
      tokens -= 1;
      return new Decision(true, capacity, (int) Math.floor(tokens), secondsUntil(capacity));
    }
    return new Decision(false, capacity, 0, secondsUntil(1));
  }

  private void refill(long nowNanos) {
    long elapsed = Math.max(0, nowNanos - lastNanos);
    tokens = Math.min(capacity, tokens + (double) elapsed * capacity / NANOS_PER_MINUTE);
    lastNanos = nowNanos;
  }

  /** Whole seconds (at least 1) until the bucket holds {@code wanted} tokens again. */
  private long secondsUntil(double wanted) {
    double missing = wanted - tokens;
    if (missing <= 0) {
      return 0;
    }
    double seconds = missing * 60.0 / capacity;
    return Math.max(1, (long) Math.ceil(seconds));
  }

  /**
   * Whether a request may go on; the limit, the requests left and, when refused, the seconds to
   * wait ({@code Retry-After}); when allowed, the seconds until the bucket is full again.
   */
  record Decision(boolean allowed, int limit, int remaining, long seconds) {}
}
