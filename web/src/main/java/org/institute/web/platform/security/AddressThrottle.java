package org.institute.web.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The rule of the per-address sign-in throttle: at most {@code limit} failed sign-ins per client
 * address in a sliding window; at the limit further attempts are refused until the oldest failure
 * leaves the window. Memory is bounded twice: each address keeps at most {@code limit} instants,
 * and at most {@code maxAddresses} addresses are kept (the least recently seen goes first), so a
 * flood of distinct addresses cannot grow the heap. Evicting an address forgets its failures, which
 * only helps an attacker who already has that many addresses, against whom a per-address limit is
 * no defence.
 *
 * <p>Not thread-safe by itself; {@link SignInThrottle} serialises calls.
 */
final class AddressThrottle {

  private final int limit;
  private final Duration window;
  private final int maxAddresses;
  private final LinkedHashMap<String, Failures> byAddress;

  AddressThrottle(int limit, Duration window, int maxAddresses) {
    if (limit < 1 || window.isNegative() || window.isZero() || maxAddresses < 1) {
      throw new IllegalArgumentException(
          "limit and size must be positive, the window longer than zero");
    }
    this.limit = limit;
    this.window = window;
    this.maxAddresses = maxAddresses;
    // access order: get and put move an address to the end, so the eldest is the least recently
    // seen
    this.byAddress =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > AddressThrottle.this.maxAddresses;
          }
        };
  }

  /** How long the address must wait before it may try again; empty when it may try now. */
  Optional<Duration> refusal(String address, Instant now) {
    Failures failures = byAddress.get(address);
    if (failures == null) {
      return Optional.empty();
    }
    failures.forgetBefore(now.minus(window));
    if (failures.times.isEmpty()) {
      byAddress.remove(address);
      return Optional.empty();
    }
    if (failures.times.size() < limit) {
      failures.engaged = false;
      return Optional.empty();
    }
    Duration wait = Duration.between(now, failures.times.peekFirst().plus(window));
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  /**
   * Counts a failed sign-in; true exactly when this failure makes the address reach the limit, so
   * that the caller reports each engagement once.
   */
  boolean failed(String address, Instant now) {
    Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
    failures.forgetBefore(now.minus(window));
    failures.times.addLast(now);
    while (failures.times.size() > limit) {
      failures.times.removeFirst();
    }
    if (failures.times.size() == limit && !failures.engaged) {
      failures.engaged = true;
      return true;
    }
    return false;
  }

  /** Drops addresses whose failures all left the window; run now and then by the caller. */
  void purge(Instant now) {
    Instant horizon = now.minus(window);
    for (Iterator<Failures> it = byAddress.values().iterator(); it.hasNext(); ) {
      Failures failures = it.next();
      failures.forgetBefore(horizon);
      if (failures.times.isEmpty()) {
        it.remove();
      }
    }
  }

  int addresses() {
    return byAddress.size();
  }

  private static final class Failures {
    final ArrayDeque<Instant> times = new ArrayDeque<>();
    boolean engaged;

    void forgetBefore(Instant horizon) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
        times.removeFirst();
      }
    }
  }
}
