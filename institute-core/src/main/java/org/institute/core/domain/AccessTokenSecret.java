package org.institute.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A personal access token's secret: {@code ipat_} and 32 random bytes in unpadded base64url (43
 * characters, 256 bits). It is stored only as its SHA-256 hash: a secret this random cannot be
 * guessed from its hash, so the slow, salted hashing passwords need (PBKDF2) would only cost time
 * on every API request (decision 0096). The prefix tells a leaked token in a log or a scanner's
 * report at a glance.
 */
public final class AccessTokenSecret {

  public static final String PREFIX = org.institute.core.AccessTokens.SECRET_PREFIX;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessTokenSecret() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a bearer token looks like an access token rather than a sign-in token (a JWT). */
  public static boolean looksLikeOne(String token) {
    return token != null && token.startsWith(PREFIX);
  }

  /** The SHA-256 hash of the secret, in lower-case hexadecimal (64 characters). */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** What lists show of a secret: its first characters, enough to tell tokens apart. */
  public static String displayPrefix(String secret) {
    return secret.substring(0, PREFIX.length() + 6);
  }
}
