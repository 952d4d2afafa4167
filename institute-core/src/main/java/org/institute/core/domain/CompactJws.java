package org.institute.core.domain;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import org.institute.core.Jsonp;
import org.institute.core.SignatureCheck;

/**
 * JWS compact serialisation (RFC 7515) with EdDSA over Ed25519 (RFC 8037): the header names the
 * algorithm, the type and the key; the signature covers {@code base64url(header) "."
 * base64url(payload)}.
 */
public final class CompactJws {

  public static final String ALGORITHM = "EdDSA";

  private CompactJws() {}

  public static String sign(SigningKey key, String type, String payloadJson) {
    String header =
        Jsonp.objectBuilder()
            .add("alg", ALGORITHM)
            .add("typ", type)
            .add("kid", key.id())
            .build()
            .toString();
    String input =
        Base64Url.encode(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + Base64Url.encode(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key.privateKey());
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + Base64Url.encode(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with key " + key.id(), e);
    }
  }

  /**
   * Checks a compact JWS against the keys of a ring: three parts, a JSON header with {@code alg}
   * EdDSA and a {@code kid} the ring knows, and a signature that holds for that key.
   */
  public static SignatureCheck verify(String compact, KeyRing ring) {
    String text = compact == null ? "" : compact.strip();
    String[] parts = text.split("\\.", -1);
    if (parts.length != 3) {
      return SignatureCheck.failed("credential.check.malformed", null, null, null);
    }
    JsonObject header;
    String payload;
    byte[] signature;
    try {
      header = object(new String(Base64Url.decode(parts[0]), StandardCharsets.UTF_8));
      payload = new String(Base64Url.decode(parts[1]), StandardCharsets.UTF_8);
      signature = Base64Url.decode(parts[2]);
    } catch (IllegalArgumentException | JsonException | ClassCastException e) {
      return SignatureCheck.failed("credential.check.malformed", null, null, null);
    }
    String keyId = string(header, "kid");
    String type = string(header, "typ");
    if (!ALGORITHM.equals(string(header, "alg"))) {
      return SignatureCheck.failed("credential.check.algorithm", keyId, type, payload);
    }
    var key = keyId == null ? java.util.Optional.<SigningKey>empty() : ring.find(keyId);
    if (key.isEmpty()) {
      return SignatureCheck.failed("credential.check.unknownKey", keyId, type, payload);
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key.get().publicKey());
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!verifier.verify(signature)) {
        return SignatureCheck.failed("credential.check.signature", keyId, type, payload);
      }
    } catch (GeneralSecurityException e) {
      return SignatureCheck.failed("credential.check.signature", keyId, type, payload);
    }
    return new SignatureCheck(true, keyId, type, payload, null);
  }

  private static JsonObject object(String json) {
    try (var reader = Jsonp.reader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
