package org.institute.talent.application;

import java.time.Instant;
import java.util.List;
import org.institute.core.CredentialSigning;
import org.institute.core.SignatureCheck;
import org.institute.core.domain.CompactJws;
import org.institute.core.domain.KeyRing;
import org.institute.core.domain.SigningKey;

/** The core's signing rules with one key made for the test. */
final class TestSigning implements CredentialSigning {
  final SigningKey key = SigningKey.generate(Instant.parse("2027-01-01T00:00:00Z"));
  private final KeyRing ring = new KeyRing(List.of(key));

  @Override
  public String sign(String type, String payloadJson) {
    return CompactJws.sign(key, type, payloadJson);
  }

  @Override
  public SignatureCheck verify(String compactJws) {
    return CompactJws.verify(compactJws, ring);
  }

  @Override
  public String publicKeySet() {
    return ring.publicKeySet();
  }
}
