package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration YEAR = Duration.ofDays(365);

  @Test
  void anEmptyRingIsDueForItsFirstKey() {
    assertThat(KeyRing.empty().rotationDue(T0, YEAR)).isTrue();
    assertThat(KeyRing.empty().current()).isEmpty();
  }

  @Test
  void aKeyYoungerThanThePeriodStays() {
    KeyRing ring = new KeyRing(List.of(SigningKey.generate(T0)));

    assertThat(ring.rotationDue(T0.plus(YEAR).minusSeconds(1), YEAR)).isFalse();
    assertThat(ring.rotatedIfDue(T0.plusSeconds(5), YEAR, () -> null)).isSameAs(ring);
  }

  @Test
  void aKeyAsOldAsThePeriodIsReplacedAndKept() {
    SigningKey first = SigningKey.generate(T0);
    SigningKey second = SigningKey.generate(T0.plus(YEAR));
    KeyRing ring = new KeyRing(List.of(first));

    KeyRing rotated = ring.rotatedIfDue(T0.plus(YEAR), YEAR, () -> second);

    assertThat(rotated.current()).contains(second);
    assertThat(rotated.keys()).containsExactly(second, first);
    assertThat(rotated.find(first.id())).contains(first);
  }

  @Test
  void aCurrentKeyWithoutItsPrivateHalfIsReplaced() {
    SigningKey full = SigningKey.generate(T0);
    SigningKey publicOnly = SigningKey.decode(T0, full.publicKey().getEncoded(), null);

    assertThat(new KeyRing(List.of(publicOnly)).rotationDue(T0, YEAR)).isTrue();
    assertThatThrownBy(publicOnly::privateKey).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void newestKeyIsCurrentWhateverTheOrderGiven() {
    SigningKey old = SigningKey.generate(T0);
    SigningKey young = SigningKey.generate(T0.plusSeconds(60));

    assertThat(new KeyRing(List.of(old, young)).current()).contains(young);
  }

  @Test
  void publishedSetListsEveryPublicKeyNewestFirstWithoutPrivateParts() {
    SigningKey old = SigningKey.generate(T0);
    SigningKey young = SigningKey.generate(T0.plusSeconds(60));

    var keys =
        Json.createReader(new StringReader(new KeyRing(List.of(old, young)).publicKeySet()))
            .readObject()
            .getJsonArray("keys");

    assertThat(keys).hasSize(2);
    assertThat(keys.getJsonObject(0).getString("kid")).isEqualTo(young.id());
    assertThat(keys.getJsonObject(1).getString("kid")).isEqualTo(old.id());
    var jwk = keys.getJsonObject(0);
    assertThat(jwk.getString("kty")).isEqualTo("OKP");
    assertThat(jwk.getString("crv")).isEqualTo("Ed25519");
    assertThat(jwk.getString("alg")).isEqualTo("EdDSA");
    assertThat(jwk.getString("use")).isEqualTo("sig");
    assertThat(jwk.containsKey("d")).isFalse();
    assertThat(Base64Url.decode(jwk.getString("x"))).hasSize(32);
  }
}
