package org.institute.talent.domain;

import java.security.SecureRandom;

/**
 * Certificate verification codes: 160 random bits from a {@link SecureRandom}, written in RFC 4648
 * base32 without padding (32 characters, A-Z and 2-7), so they are unguessable, case-insensitive to
 * read aloud, and safe in a URL.
 */
public final class VerificationCode {

  public static final int BITS = 160;
  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private VerificationCode() {}

  public static String generate(SecureRandom random) {
    byte[] bytes = new byte[BITS / 8];
    random.nextBytes(bytes);
    return base32(bytes);
  }

  /** Whether a text has the shape of a code (after {@link #normal}). */
  public static boolean wellFormed(String code) {
    return code != null && code.matches("[A-Z2-7]{32}");
  }

  public static String normal(String code) {
    return code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
