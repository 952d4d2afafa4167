package org.institute.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private final AddressThrottle throttle = new AddressThrottle(3, Duration.ofMinutes(10), 100);

  @Test
  void refusesAtTheLimitAndReportsTheEngagementOnce() {
    assertThat(throttle.failed("203.0.113.9", T0)).isFalse();
    assertThat(throttle.failed("203.0.113.9", T0.plusSeconds(60))).isFalse();
    assertThat(throttle.refusal("203.0.113.9", T0.plusSeconds(61))).isEmpty();
    assertThat(throttle.failed("203.0.113.9", T0.plusSeconds(120))).isTrue();
    assertThat(throttle.failed("203.0.113.9", T0.plusSeconds(130))).as("reported once").isFalse();

    assertThat(throttle.refusal("203.0.113.9", T0.plusSeconds(180))).isPresent();
    assertThat(throttle.refusal("198.51.100.1", T0.plusSeconds(180)))
        .as("other addresses")
        .isEmpty();
  }

  @Test
  void theWindowSlidesSoTheWaitEndsWhenTheOldestKeptFailureLeavesIt() {
    throttle.failed("a", T0);
    throttle.failed("a", T0.plusSeconds(100));
    throttle.failed("a", T0.plusSeconds(200));

    // the oldest of the three leaves the window at T0 + 10 min
    assertThat(throttle.refusal("a", T0.plusSeconds(300))).contains(Duration.ofSeconds(300));
    assertThat(throttle.refusal("a", T0.plusSeconds(600))).as("at the window's edge").isEmpty();
    assertThat(throttle.refusal("a", T0.plusSeconds(601))).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    throttle.failed("a", T0);
    throttle.failed("a", T0.plusSeconds(1));
    assertThat(throttle.failed("a", T0.plusSeconds(601))).isFalse();
    assertThat(throttle.refusal("a", T0.plusSeconds(602))).isEmpty();
  }

  @Test
  void engagesAgainAfterTheWindowEmptied() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("a", T0.plusSeconds(i));
    }
    assertThat(throttle.refusal("a", T0.plusSeconds(700))).isEmpty();
    throttle.failed("a", T0.plusSeconds(701));
    throttle.failed("a", T0.plusSeconds(702));
    assertThat(throttle.failed("a", T0.plusSeconds(703))).isTrue();
  }

  @Test
  void aFloodOfDistinctAddressesKeepsMemoryBounded() {
    AddressThrottle small = new AddressThrottle(3, Duration.ofMinutes(10), 1000);
    small.failed("attacker", T0);
    small.failed("attacker", T0);
    small.failed("attacker", T0);
    for (int i = 0; i < 100_000; i++) {
      small.failed("10.0." + (i >> 8) + "." + (i & 255), T0.plusMillis(i));
    }
    assertThat(small.addresses()).isEqualTo(1000);
    // the least recently seen address went first
    assertThat(small.refusal("attacker", T0.plusSeconds(200))).isEmpty();
  }

  @Test
  void purgeDropsAddressesWhoseFailuresAllLeftTheWindow() {
    throttle.failed("old", T0);
    throttle.failed("new", T0.plusSeconds(500));
    throttle.purge(T0.plusSeconds(700));
    assertThat(throttle.addresses()).isEqualTo(1);
  }

  @Test
  void theForwardedHeaderCountsOnlyFromATrustedProxy() {
    Set<String> proxies = Set.of("10.0.0.5");
    assertThat(SignInThrottle.clientAddress("203.0.113.9", List.of("198.51.100.1"), proxies))
        .as("a client's own header is ignored")
        .contains("203.0.113.9");
    assertThat(SignInThrottle.clientAddress("203.0.113.9", List.of("198.51.100.1"), Set.of()))
        .as("nothing is trusted by default")
        .contains("203.0.113.9");
    assertThat(
            SignInThrottle.clientAddress("10.0.0.5", List.of("1.2.3.4", "198.51.100.1"), proxies))
        .as("the entry the proxy appended, not the forgeable ones left of it")
        .contains("198.51.100.1");
    assertThat(
            SignInThrottle.clientAddress("10.0.0.5", List.of("198.51.100.1", "10.0.0.5"), proxies))
        .as("trusted hops are skipped")
        .contains("198.51.100.1");
    assertThat(SignInThrottle.clientAddress("10.0.0.5", List.of(), proxies))
        .as("the proxy's own requests")
        .isEqualTo(Optional.empty());
    assertThat(SignInThrottle.clientAddress("10.0.0.5", List.of("<script>"), proxies))
        .contains("unparsable-forwarded-address");
  }

  @Test
  void oneAddressHasOneSpelling() {
    assertThat(SignInThrottle.normalised("::1")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(SignInThrottle.normalised("[::1]")).isEqualTo("0:0:0:0:0:0:0:1");
    assertThat(SignInThrottle.normalised(" 127.0.0.1 ")).isEqualTo("127.0.0.1");
    assertThat(SignInThrottle.normalised("cafe.bad"))
        .as("names are not resolved")
        .isEqualTo("cafe.bad");
    assertThat(SignInThrottle.normalised("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:1");
    assertThat(SignInThrottle.parseTrusted("local")).contains("127.0.0.1", "0:0:0:0:0:0:0:1");
    assertThat(
            SignInThrottle.clientAddress(
                "::1", List.of("203.0.113.4"), SignInThrottle.parseTrusted("127.0.0.1, ::1")))
        .contains("203.0.113.4");
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUp() {
    assertThat(SignInThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(SignInThrottle.retryAfterSeconds(Duration.ofMillis(1001))).isEqualTo(2);
    assertThat(SignInThrottle.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
  }
}
