package org.institute.talent.domain;

import java.time.Instant;
import java.util.Collection;
import org.institute.core.Jsonp;

/** A W3C {@code BitstringStatusListCredential} for revocation: one list of the institute. */
public final class StatusListCredential {

  private StatusListCredential() {}

  public static String json(
      String url, IssuerProfile issuer, Instant validFrom, Collection<Integer> revoked) {
    return Jsonp.objectBuilder()
        .add("@context", Jsonp.arrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
        .add("id", url)
        .add(
            "type",
            Jsonp.arrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
        .add("issuer", issuer.id())
        .add("validFrom", validFrom.toString())
        .add(
            "credentialSubject",
            Jsonp.objectBuilder()
                .add("id", url + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", "revocation")
                .add("encodedList", StatusBitstring.encode(revoked)))
        .build()
        .toString();
  }
}
