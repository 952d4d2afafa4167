package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.institute.talent.CredentialFields;
import org.junit.jupiter.api.Test;

class CredentialEnvelopeTest {

  private static final Instant NOW = Instant.parse("2027-01-10T00:00:00Z");

  private static CredentialFields until(String validUntil) {
    return new CredentialFields(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        validUntil,
        null,
        null);
  }

  @Test
  void aBareTokenIsTakenAsItIsTrimmed() {
    assertThat(CredentialEnvelope.compactJws("  a.b.c\n")).isEqualTo("a.b.c");
    assertThat(CredentialEnvelope.compactJws(null)).isEmpty();
  }

  @Test
  void anEnvelopeGivesBackItsToken() {
    String envelope = CredentialEnvelope.envelope("a.b.c");

    assertThat(envelope).contains("EnvelopedVerifiableCredential");
    assertThat(CredentialEnvelope.compactJws(envelope)).isEqualTo("a.b.c");
  }

  @Test
  void jsonWithoutAnEnvelopeOrBrokenJsonIsLeftAsTyped() {
    assertThat(CredentialEnvelope.compactJws("{\"id\":\"urn:x\"}")).isEqualTo("{\"id\":\"urn:x\"}");
    assertThat(CredentialEnvelope.compactJws("{broken")).isEqualTo("{broken");
  }

  @Test
  void expiryIsTheMomentOfValidUntil() {
    assertThat(CredentialEnvelope.expired(until(null), NOW)).isFalse();
    assertThat(CredentialEnvelope.expired(until("2027-01-10T00:00:01Z"), NOW)).isFalse();
    assertThat(CredentialEnvelope.expired(until("2027-01-10T00:00:00Z"), NOW)).isTrue();
    assertThat(CredentialEnvelope.expired(until("someday"), NOW)).isTrue();
  }
}
