package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.institute.core.domain.KeyRing;
import org.institute.core.domain.KeyRingStore;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class CredentialSigningServiceTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** A store in memory that counts its writes. */
  static final class MemoryStore implements KeyRingStore {
    KeyRing ring = KeyRing.empty();
    int saves;

    @Override
    public KeyRing load() {
      return ring;
    }

    @Override
    public void save(KeyRing ring) {
      this.ring = ring;
      saves++;
    }
  }

  private final MemoryStore store = new MemoryStore();

  private CredentialSigningService serviceAt(Instant now) {
    CredentialSigningService service = new CredentialSigningService();
    Wiring.inject(service, "store", store);
    Wiring.inject(service, "clock", Clock.fixed(now, ZoneOffset.UTC));
    service.rotation = Duration.ofDays(30);
    return service;
  }

  @Test
  void firstSignatureMakesAndKeepsTheFirstKey() {
    String jws = serviceAt(T0).sign("vc+jwt", "{}");

    assertThat(store.saves).isEqualTo(1);
    assertThat(store.ring.keys()).hasSize(1);
    assertThat(serviceAt(T0).verify(jws).valid()).isTrue();
  }

  @Test
  void signingAgainWithinThePeriodKeepsTheKey() {
    CredentialSigningService service = serviceAt(T0);
    service.sign("vc+jwt", "{}");
    service.sign("vc+jwt", "{}");

    assertThat(store.saves).isEqualTo(1);
    assertThat(serviceAt(T0.plus(Duration.ofDays(29))).verify(service.sign("vc+jwt", "{}")).keyId())
        .isEqualTo(store.ring.current().orElseThrow().id());
    assertThat(store.saves).isEqualTo(1);
  }

  @Test
  void afterThePeriodANewKeySignsAndTheOldSignatureStillVerifies() {
    String old = serviceAt(T0).sign("vc+jwt", "{\"n\":1}");

    CredentialSigningService later = serviceAt(T0.plus(Duration.ofDays(30)));
    String young = later.sign("vc+jwt", "{\"n\":2}");

    assertThat(store.ring.keys()).hasSize(2);
    assertThat(later.verify(young).keyId()).isNotEqualTo(later.verify(old).keyId());
    assertThat(later.verify(old).valid()).isTrue();
    assertThat(later.verify(young).valid()).isTrue();
    assertThat(later.publicKeySet()).contains(later.verify(old).keyId());
  }

  @Test
  void verifyingAloneMakesNoKey() {
    assertThat(serviceAt(T0).verify("a.b.c").valid()).isFalse();

    assertThat(store.saves).isZero();
  }

  @Test
  void publishedSetHasTheKeyThatSigns() {
    CredentialSigningService service = serviceAt(T0);

    String set = service.publicKeySet();

    assertThat(set).contains(service.verify(service.sign("vc+jwt", "{}")).keyId());
  }
}
