package org.institute.talent.domain;

import jakarta.json.Json;
import java.time.Instant;
import java.util.Collection;

/** A W3C {@code BitstringStatusListCredential} for revocation: one list of the institute. */
public final class StatusListCredential {

  private StatusListCredential() {}

  public static String json(
      String url, IssuerProfile issuer, Instant validFrom, Collection<Integer> revoked) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
        .add("id", url)
        .add(
            "type",
            Json.createArrayBuilder()
                .add("VerifiableCredential")
                .add("BitstringStatusListCredential"))
        .add("issuer", issuer.id())
        .add("validFrom", validFrom.toString())
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("id", url + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", "revocation")
                .add("encodedList", StatusBitstring.encode(revoked)))
        .build()
        .toString();
  }
}
