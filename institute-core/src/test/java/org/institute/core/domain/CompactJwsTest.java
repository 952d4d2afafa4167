package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.institute.core.SignatureCheck;
import org.junit.jupiter.api.Test;

class CompactJwsTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private final SigningKey key = SigningKey.generate(NOW);
  private final KeyRing ring = new KeyRing(List.of(key));

  @Test
  void signatureVerifiesWithBouncyCastleAgainstThePublishedJwk() {
    String jws = CompactJws.sign(key, "vc+jwt", "{\"name\":\"MiniMasters\"}");
    String[] parts = jws.split("\\.");

    var jwk =
        Json.createReader(new StringReader(ring.publicKeySet()))
            .readObject()
            .getJsonArray("keys")
            .getJsonObject(0);
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(Base64Url.decode(jwk.getString("x")), 0));
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    verifier.update(input, 0, input.length);

    assertThat(verifier.verifySignature(Base64Url.decode(parts[2]))).isTrue();
  }

  @Test
  void headerNamesAlgorithmTypeAndKey() {
    String jws = CompactJws.sign(key, "vc+jwt", "{}");
    var header =
        Json.createReader(
                new StringReader(
                    new String(Base64Url.decode(jws.split("\\.")[0]), StandardCharsets.UTF_8)))
            .readObject();

    assertThat(header.getString("alg")).isEqualTo("EdDSA");
    assertThat(header.getString("typ")).isEqualTo("vc+jwt");
    assertThat(header.getString("kid")).isEqualTo(key.id());
  }

  @Test
  void aSignedTokenVerifiesAndYieldsItsPayload() {
    SignatureCheck check = CompactJws.verify(CompactJws.sign(key, "vc+jwt", "{\"a\":1}"), ring);

    assertThat(check.valid()).isTrue();
    assertThat(check.payloadJson()).isEqualTo("{\"a\":1}");
    assertThat(check.keyId()).isEqualTo(key.id());
    assertThat(check.type()).isEqualTo("vc+jwt");
    assertThat(check.problem()).isNull();
  }

  @Test
  void aChangedPayloadFailsTheSignature() {
    String[] parts = CompactJws.sign(key, "vc+jwt", "{\"hours\":20}").split("\\.");
    String forged =
        parts[0]
            + "."
            + Base64Url.encode("{\"hours\":90}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    SignatureCheck check = CompactJws.verify(forged, ring);

    assertThat(check.valid()).isFalse();
    assertThat(check.problem()).isEqualTo("credential.check.signature");
    assertThat(check.payloadJson()).isEqualTo("{\"hours\":90}");
  }

  @Test
  void aKeyTheRingDoesNotKnowIsRefused() {
    String jws = CompactJws.sign(SigningKey.generate(NOW), "vc+jwt", "{}");

    assertThat(CompactJws.verify(jws, ring).problem()).isEqualTo("credential.check.unknownKey");
  }

  @Test
  void anotherAlgorithmIsRefused() {
    String header =
        Base64Url.encode(
            ("{\"alg\":\"none\",\"kid\":\"" + key.id() + "\"}").getBytes(StandardCharsets.UTF_8));
    String[] parts = CompactJws.sign(key, "vc+jwt", "{}").split("\\.");

    SignatureCheck check = CompactJws.verify(header + "." + parts[1] + "." + parts[2], ring);

    assertThat(check.valid()).isFalse();
    assertThat(check.problem()).isEqualTo("credential.check.algorithm");
  }

  @Test
  void garbageIsMalformedNotAnError() {
    assertThat(CompactJws.verify(null, ring).problem()).isEqualTo("credential.check.malformed");
    assertThat(CompactJws.verify("a.b", ring).problem()).isEqualTo("credential.check.malformed");
    assertThat(CompactJws.verify("a+.b.c", ring).problem()).isEqualTo("credential.check.malformed");
    assertThat(CompactJws.verify("bm90IGpzb24.e30.AA", ring).problem())
        .isEqualTo("credential.check.malformed");
  }

  @Test
  void surroundingWhitespaceOfAPastedTokenIsIgnored() {
    String jws = CompactJws.sign(key, "vc+jwt", "{}");

    assertThat(CompactJws.verify("  " + jws + "\n", ring).valid()).isTrue();
  }
}
