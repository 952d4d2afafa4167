package org.institute.core.domain;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, 6 digits, 30
 * second steps. A code of the step before or after is accepted too, for clocks that drift; the step
 * that matched is returned so that the account can refuse it the second time (RFC 6238, 5.2).
 */
public final class Totp {

  public static final int PERIOD_SECONDS = 30;
  public static final int DIGITS = 6;
  private static final int DRIFT_STEPS = 1;

  private final DefaultCodeGenerator generator;

  private Totp(int digits) {
    this.generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, digits);
  }

  public static Totp standard() {
    return new Totp(DIGITS);
  }

  /** Only for the RFC's test vectors, which have 8 digits. */
  static Totp withDigits(int digits) {
    return new Totp(digits);
  }

  /** A new secret: 32 Base32 characters, 160 bits from a CSPRNG (RFC 4226 recommends 160). */
  public static String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
  }

  public String codeAt(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a one-time code", e);
    }
  }

  /** The step whose code this is, within the allowed drift; empty when it matches none. */
  public OptionalLong matchingStep(String secret, String code, Instant now) {
    if (secret == null || code == null) {
      return OptionalLong.empty();
    }
    String given = code.replace(" ", "");
    if (!given.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    OptionalLong match = OptionalLong.empty();
    // every candidate is compared, in constant time, so the timing does not tell which one matched
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (MessageDigest.isEqual(
              codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
              given.getBytes(StandardCharsets.US_ASCII))
          && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }

  /** The otpauth:// URI that authenticator apps read (Key Uri Format of Google Authenticator). */
  public static String uri(String issuer, String accountName, String secret) {
    return new QrData.Builder()
        .label(accountName)
        .secret(secret)
        .issuer(issuer)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period(PERIOD_SECONDS)
        .build()
        .getUri();
  }
}
