package org.institute.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private Instant now = Instant.parse("2026-12-06T10:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private static TokenPrincipal principal(String user) {
    JwtClaims claims = new JwtClaims();
    claims.setSubject(user);
    claims.setClaim("upn", user);
    return new TokenPrincipal("raw-" + user, claims);
  }

  @Test
  void aVerifiedTokenIsGivenBackUntilItExpiresAndNotAfter() {
    VerifiedTokens tokens = new VerifiedTokens(10, clock);
    long expiry = now.plusSeconds(3600).getEpochSecond();
    tokens.put("t1", principal("admin"), expiry);

    now = now.plusSeconds(3599);
    assertThat(tokens.get("t1"))
        .hasValueSatisfying(p -> assertThat(p.getName()).isEqualTo("admin"));
    now = now.plusSeconds(1);
    assertThat(tokens.get("t1")).isEmpty();
    assertThat(tokens.size()).isZero();
  }

  @Test
  void anUnknownTokenIsNotGivenBack() {
    VerifiedTokens tokens = new VerifiedTokens(10, clock);
    tokens.put("t1", principal("admin"), now.plusSeconds(60).getEpochSecond());

    assertThat(tokens.get("t2")).isEmpty();
    assertThat(tokens.get("t1x")).isEmpty();
  }

  @Test
  void whenFullExpiredTokensGoFirstAndOtherwiseAllGo() {
    VerifiedTokens tokens = new VerifiedTokens(3, clock);
    tokens.put("old", principal("a"), now.plusSeconds(10).getEpochSecond());
    tokens.put("t2", principal("b"), now.plusSeconds(100).getEpochSecond());
    tokens.put("t3", principal("c"), now.plusSeconds(100).getEpochSecond());
    now = now.plusSeconds(10);

    tokens.put("t4", principal("d"), now.plusSeconds(100).getEpochSecond());
    assertThat(tokens.size()).isEqualTo(3);
    assertThat(tokens.get("t2")).isPresent();
    assertThat(tokens.get("old")).isEmpty();

    tokens.put("t5", principal("e"), now.plusSeconds(100).getEpochSecond());
    assertThat(tokens.size()).isEqualTo(1);
    assertThat(tokens.get("t5")).isPresent();
    assertThat(tokens.get("t2")).isEmpty();
  }
}
