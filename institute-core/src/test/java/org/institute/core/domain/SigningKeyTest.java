package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

  @Test
  void idIsTheRfc7638ThumbprintOfTheJwk() {
    // RFC 8037 appendix A.3: the thumbprint of its example Ed25519 key
    byte[] x = Base64Url.decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");

    SigningKey key = new SigningKey(NOW, SigningKey.publicFromRaw(x), null);

    assertThat(key.id()).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
  }

  @Test
  void encodingsReadBackToTheSameKey() {
    SigningKey key = SigningKey.generate(NOW);

    SigningKey back =
        SigningKey.decode(
            NOW,
            Base64.getDecoder().decode(key.encodedPublic()),
            Base64.getDecoder().decode(key.encodedPrivate()));

    assertThat(back.id()).isEqualTo(key.id());
    assertThat(back.canSign()).isTrue();
    assertThat(back.createdAt()).isEqualTo(NOW);
    assertThat(back.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
  }

  @Test
  void rawPublicKeyIsThirtyTwoBytesAndRoundTrips() {
    SigningKey key = SigningKey.generate(NOW);
    byte[] raw = SigningKey.rawPublic(key.publicKey());

    assertThat(raw).hasSize(32);
    assertThat(SigningKey.publicFromRaw(raw).getEncoded()).isEqualTo(key.publicKey().getEncoded());
  }

  @Test
  void wrongKeyMaterialIsRefused() {
    assertThatThrownBy(() -> SigningKey.publicFromRaw(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SigningKey.decode(NOW, new byte[10], null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPublicOnlyKeyHasNoPrivateEncoding() {
    SigningKey key = SigningKey.generate(NOW);

    SigningKey publicOnly = SigningKey.decode(NOW, key.publicKey().getEncoded(), null);

    assertThat(publicOnly.canSign()).isFalse();
    assertThat(publicOnly.encodedPrivate()).isNull();
  }
}
