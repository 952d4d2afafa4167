package org.institute.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's rate limit: one {@link TokenBucket} per personal access token, of {@code
 * INSTITUTE_API_RATE} requests a minute (default 600) or the lower rate the token was created with;
 * and, when {@code INSTITUTE_API_SIGN_IN_RATE} is above 0 (default 0: off), one per user of sign-in
 * tokens. Kept in this instance's memory (decision 0096): each instance of a cluster counts alone,
 * and a restart forgets.
 */
@ApplicationScoped
public class RateLimiter {

  /** Buckets kept at most; a flood of distinct keys must not grow the map without bound. */
  static final int MAX_BUCKETS = 50_000;

  @Inject
  @ConfigProperty(name = "institute.api.rate", defaultValue = "600")
  int ratePerMinute;

  @Inject
  @ConfigProperty(name = "institute.api.sign-in.rate", defaultValue = "0")
  int signInRatePerMinute;

  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  LongSupplier nanos = System::nanoTime;

  /** Takes one request of an access token's bucket: the lower of the server's and its own rate. */
  TokenBucket.Decision takeForToken(long tokenId, Integer ownRate) {
    return take("token:" + tokenId, effectiveRate(ownRate));
  }

  /** Takes one request of a sign-in token user's bucket, when sign-in tokens are limited. */
  Optional<TokenBucket.Decision> takeForUser(String username) {
    return signInRatePerMinute > 0
        ? Optional.of(take("user:" + username, signInRatePerMinute))
        : Optional.empty();
  }

  private TokenBucket.Decision take(String key, int rate) {
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_BUCKETS) {
      // start over: each key gets a full bucket again, which errs on the side of the client
      buckets.clear();
    }
    TokenBucket bucket =
        buckets.compute(
            key, (k, b) -> b == null || b.capacity() != rate ? new TokenBucket(rate, now) : b);
    synchronized (bucket) {
      return bucket.take(now);
    }
  }

  int effectiveRate(Integer ownRate) {
    int server = Math.max(1, ratePerMinute);
    return ownRate == null ? server : Math.max(1, Math.min(server, ownRate));
  }
}
