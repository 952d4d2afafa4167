package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.AccessTokens.NewAccessToken;
import org.institute.core.ApiScope;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.junit.jupiter.api.Test;

/** A token's rules: name, scopes, expiry within a year, the secret hashed, use and revocation. */
class AccessTokenTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static AccessToken token(LocalDate expiresOn) {
    return new AccessToken(
        "ntu.staff",
        new NewAccessToken("ERP sync", EnumSet.of(ApiScope.LICENSING_READ), expiresOn, null),
        AccessTokenSecret.newSecret(),
        NOW);
  }

  private static Set<String> problems(NewAccessToken command) {
    try {
      new AccessToken("ntu.staff", command, AccessTokenSecret.newSecret(), NOW);
      return Set.of();
    } catch (InvalidCommandException e) {
      return e.violations().stream()
          .map(v -> v.field() + ":" + v.messageKey())
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    assertThat(problems(new NewAccessToken(" ", Set.of(), null, 0)))
        .containsExactlyInAnyOrder(
            "name:accessToken.name.required",
            "scopes:accessToken.scopes.required",
            "expiresOn:accessToken.expiresOn.required",
            "ratePerMinute:accessToken.rate.range");
  }

  @Test
  void theExpiryIsAfterTodayAndWithinAYearAndADay() {
    Set<ApiScope> read = EnumSet.of(ApiScope.TALENT_READ);
    assertThat(problems(new NewAccessToken("x", read, TODAY, null)))
        .containsExactly("expiresOn:accessToken.expiresOn.past");
    assertThat(problems(new NewAccessToken("x", read, TODAY.plusDays(367), null)))
        .containsExactly("expiresOn:accessToken.expiresOn.tooFar");
    assertThat(problems(new NewAccessToken("x", read, TODAY.plusDays(366), null))).isEmpty();
    assertThat(problems(new NewAccessToken("x".repeat(81), read, TODAY.plusDays(1), null)))
        .containsExactly("name:accessToken.name.tooLong");
  }

  @Test
  void aTokenWorksToTheEndOfItsLastDayInUtc() {
    AccessToken token = token(TODAY.plusDays(1));
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
    assertThat(token.activeAt(Instant.parse("2026-12-06T23:59:59Z"))).isTrue();
    assertThat(token.activeAt(Instant.parse("2026-12-07T00:00:00Z"))).isFalse();
  }

  @Test
  void aRevokedTokenIsDeadAndRevokingTwiceChangesNothing() {
    AccessToken token = token(TODAY.plusDays(30));
    assertThat(token.revoke("admin", NOW)).isTrue();
    assertThat(token.revoke("ntu.staff", NOW.plusSeconds(5))).isFalse();
    assertThat(token.activeAt(NOW)).isFalse();
    assertThat(token.revokedAt()).isEqualTo(NOW);
  }

  @Test
  void useIsNotedAtMostOnceAMinute() {
    AccessToken token = token(TODAY.plusDays(30));
    assertThat(token.usedAt(NOW)).isTrue();
    assertThat(token.usedAt(NOW.plusSeconds(59))).isFalse();
    assertThat(token.lastUsedAt()).isEqualTo(NOW);
    assertThat(token.usedAt(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void theSecretIsRandomPrefixedAndKeptOnlyAsItsSha256() {
    String secret = AccessTokenSecret.newSecret();
    assertThat(secret).startsWith("ipat_").hasSize(5 + 43);
    assertThat(AccessTokenSecret.newSecret()).isNotEqualTo(secret);
    assertThat(AccessTokenSecret.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    AccessToken token =
        new AccessToken(
            "ntu.staff",
            new NewAccessToken("x", EnumSet.of(ApiScope.TALENT_READ), TODAY.plusDays(1), 5),
            secret,
            NOW);
    assertThat(token.prefix()).isEqualTo(secret.substring(0, 11));
    assertThat(token.scopeSet()).containsExactly(ApiScope.TALENT_READ);
    assertThat(token.ratePerMinute()).isEqualTo(5);
    assertThat(AccessTokenSecret.looksLikeOne(secret)).isTrue();
    assertThat(AccessTokenSecret.looksLikeOne("eyJhbGciOiJSUzI1NiJ9.x.y")).isFalse();
  }

  @Test
  void violationsCarryTheirKeys() {
    assertThatThrownBy(() -> token(null))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("expiresOn", "accessToken.expiresOn.required")));
  }
}
