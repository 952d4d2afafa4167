package org.institute.core.domain;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.institute.core.Jsonp;

/**
 * One Ed25519 signing key of the institute: its id, when it was made, its public half and (while
 * the institute holds it) its private half. The id is the key's RFC 7638 JWK thumbprint, so anyone
 * can recompute it from the published key.
 */
public final class SigningKey {

  /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410) before the 32 bytes. */
  private static final byte[] X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private final String id;
  private final Instant createdAt;
  private final PublicKey publicKey;
  private final PrivateKey privateKey;

  public SigningKey(Instant createdAt, PublicKey publicKey, PrivateKey privateKey) {
    this.createdAt = Objects.requireNonNull(createdAt);
    this.publicKey = Objects.requireNonNull(publicKey);
    this.privateKey = privateKey;
    this.id = thumbprint(rawPublic(publicKey));
  }

  /** A fresh key pair made now. */
  public static SigningKey generate(Instant now) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      return new SigningKey(now, pair.getPublic(), pair.getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
    }
  }

  /** A key read back from its encodings (X.509 public, PKCS#8 private or {@code null}). */
  public static SigningKey decode(Instant createdAt, byte[] x509Public, byte[] pkcs8Private) {
    try {
      KeyFactory factory = KeyFactory.getInstance("Ed25519");
      return new SigningKey(
          createdAt,
          factory.generatePublic(new X509EncodedKeySpec(x509Public)),
          pkcs8Private == null
              ? null
              : factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8Private)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 key", e);
    }
  }

  /** The public key of a JWK's {@code x} (the 32 raw bytes of RFC 8037). */
  public static PublicKey publicFromRaw(byte[] x) {
    if (x.length != 32) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + x.length);
    }
    byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
    System.arraycopy(x, 0, der, X509_PREFIX.length, 32);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 key", e);
    }
  }

  /** The 32 bytes of an Ed25519 public key, as a JWK's {@code x} carries them. */
  public static byte[] rawPublic(PublicKey key) {
    byte[] der = key.getEncoded();
    if (der.length != X509_PREFIX.length + 32
        || !Arrays.equals(Arrays.copyOf(der, X509_PREFIX.length), X509_PREFIX)) {
      throw new IllegalArgumentException("not an Ed25519 public key");
    }
    return Arrays.copyOfRange(der, X509_PREFIX.length, der.length);
  }

  /** RFC 7638: SHA-256 of the required members in lexical order, base64url. */
  static String thumbprint(byte[] x) {
    String members = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + Base64Url.encode(x) + "\"}";
    try {
      return Base64Url.encode(
          MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public JWK (RFC 8037) with {@code kid}, {@code use} sig and {@code alg} EdDSA. */
  public JsonObject publicJwk() {
    return Jsonp.objectBuilder()
        .add("kty", "OKP")
        .add("crv", "Ed25519")
        .add("x", Base64Url.encode(rawPublic(publicKey)))
        .add("kid", id)
        .add("use", "sig")
        .add("alg", "EdDSA")
        .build();
  }

  public boolean canSign() {
    return privateKey != null;
  }

  public String id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public PrivateKey privateKey() {
    if (privateKey == null) {
      throw new IllegalStateException("the institute no longer holds the private key " + id);
    }
    return privateKey;
  }

  public String encodedPublic() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  public String encodedPrivate() {
    return privateKey == null ? null : Base64.getEncoder().encodeToString(privateKey.getEncoded());
  }
}
