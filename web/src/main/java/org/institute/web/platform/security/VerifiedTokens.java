package org.institute.web.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens whose signature, issuer and lifetime were already checked, kept until they expire:
 * a client sends the same token with every request for an hour, and checking its RS256 signature
 * again each time was the largest single cost of an API read (about 8 % of the server's CPU on the
 * deal list). Only a token that passed every check is kept; a kept token is given back only before
 * its expiry, so a cached answer is never more lenient than a fresh check. The account behind the
 * token is still read on every request (disabled accounts and changed roles take effect at once).
 * At most {@code capacity} tokens are kept: when full, expired ones are dropped, and if none had
 * expired the whole set is, so memory stays bounded whatever the number of clients.
 */
final class VerifiedTokens {

  private record Verified(TokenPrincipal principal, long expiresAtEpochSecond) {}

  private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
  private final int capacity;
  private final Clock clock;

  VerifiedTokens(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  /** The principal of a token verified before, while it has not expired. */
  Optional<TokenPrincipal> get(String token) {
    Verified known = byToken.get(token);
    if (known == null) {
      return Optional.empty();
    }
    if (now() >= known.expiresAtEpochSecond()) {
      byToken.remove(token, known);
      return Optional.empty();
    }
    return Optional.of(known.principal());
  }

  /** Keeps a token that has just passed every check, until {@code expiresAtEpochSecond}. */
  void put(String token, TokenPrincipal principal, long expiresAtEpochSecond) {
    if (byToken.size() >= capacity) {
      long now = now();
      byToken.values().removeIf(v -> now >= v.expiresAtEpochSecond());
      if (byToken.size() >= capacity) {
        byToken.clear();
      }
    }
    byToken.put(token, new Verified(principal, expiresAtEpochSecond));
  }

  int size() {
    return byToken.size();
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
