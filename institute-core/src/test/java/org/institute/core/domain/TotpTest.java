package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.institute.core.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** The RFC 6238 appendix B seed for SHA-1, "12345678901234567890", in Base32. */
  private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheTestVectorsOfRfc6238(long epochSecond, String expected) {
    long step = Totp.stepAt(Instant.ofEpochSecond(epochSecond));
    assertThat(Totp.withDigits(8).codeAt(RFC_SEED, step)).isEqualTo(expected);
  }

  @Test
  void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
    Totp totp = Totp.standard();
    Instant now = Instant.ofEpochSecond(1_700_000_000L);
    long step = Totp.stepAt(now);
    assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step), now)).hasValue(step);
    assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step - 1), now))
        .hasValue(step - 1);
    assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step + 1), now))
        .hasValue(step + 1);
    assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step - 2), now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, "12345", now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, "abcdef", now)).isEmpty();
    assertThat(totp.matchingStep(RFC_SEED, null, now)).isEmpty();
  }

  @Test
  void newSecretsAre160RandomBitsInBase32AndTheUriCarriesThem() {
    String secret = Totp.newSecret();
    assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
    assertThat(Totp.uri("SSIJRI", "ada", secret))
        .startsWith("otpauth://totp/")
        .contains("secret=" + secret)
        .contains("issuer=SSIJRI")
        .contains("digits=6")
        .contains("period=30");
  }

  @Test
  void aCodeCountsOnceAndEnrolmentNeedsAFirstCode() {
    UserAccount account =
        new UserAccount(
            "ada",
            "Ada",
            "ada@example.org",
            "en",
            EnumSet.of(Role.ADMIN),
            null,
            "hash",
            Instant.EPOCH);
    account.beginMfaEnrolment(RFC_SEED);
    assertThat(account.mfaEnabled()).isFalse();
    assertThat(account.pendingMfaSecret()).hasValue(RFC_SEED);

    account.confirmMfa(100);
    assertThat(account.mfaEnabled()).isTrue();
    assertThat(account.pendingMfaSecret()).as("never shown again").isEmpty();
    assertThat(account.acceptMfaStep(100)).as("the enrolment's own code").isFalse();
    assertThat(account.acceptMfaStep(99)).as("an older code").isFalse();
    assertThat(account.acceptMfaStep(101)).isTrue();
    assertThat(account.acceptMfaStep(101)).as("replayed").isFalse();

    account.removeMfa();
    assertThat(account.mfaEnabled()).isFalse();
    assertThat(account.mfaSecret()).isNull();
  }
}
