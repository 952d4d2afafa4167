package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.CredentialSigning;
import org.institute.core.SignatureCheck;
import org.institute.core.domain.CompactJws;
import org.institute.core.domain.KeyRing;
import org.institute.core.domain.KeyRingStore;
import org.institute.core.domain.SigningKey;

/**
 * Signs with the current key of the ring kept by {@link KeyRingStore}, making the first key on
 * first use and a new one when the current key is older than {@code
 * institute.credentials.keys.rotation} (ISO-8601 duration, default 365 days).
 */
@ApplicationScoped
class CredentialSigningService implements CredentialSigning {

  @Inject private KeyRingStore store;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "institute.credentials.keys.rotation", defaultValue = "P365D")
  Duration rotation;

  private KeyRing ring;

  @Override
  public String sign(String type, String payloadJson) {
    SigningKey key = currentRing(true).current().orElseThrow();
    return CompactJws.sign(key, type, payloadJson);
  }

  @Override
  public SignatureCheck verify(String compactJws) {
    return CompactJws.verify(compactJws, currentRing(false));
  }

  @Override
  public String publicKeySet() {
    return currentRing(true).publicKeySet();
  }

  private synchronized KeyRing currentRing(boolean rotate) {
    if (ring == null) {
      ring = store.load();
    }
    if (rotate) {
      KeyRing next =
          ring.rotatedIfDue(clock.instant(), rotation, () -> SigningKey.generate(clock.instant()));
      if (next != ring) {
        store.save(next);
        ring = next;
      }
    }
    return ring;
  }
}
