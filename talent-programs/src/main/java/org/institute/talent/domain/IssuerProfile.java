package org.institute.talent.domain;

import jakarta.json.JsonObject;
import org.institute.core.Jsonp;

/**
 * The institute as the issuer of credentials (an Open Badges 3.0 {@code Profile}): its id, which is
 * the address where this profile is published, its names and its web address.
 */
public record IssuerProfile(String id, String nameEn, String nameZh, String url, String keysUrl) {

  public JsonObject json() {
    var b =
        Jsonp.objectBuilder()
            .add("id", id)
            .add("type", Jsonp.arrayBuilder().add("Profile"))
            .add("name", nameEn)
            .add("url", url);
    if (nameZh != null) {
      b.add("nameZh", nameZh);
    }
    return b.build();
  }

  /** The profile as published, with the JSON-LD context and where its keys are. */
  public String document() {
    return Jsonp.objectBuilder(json())
        .add(
            "@context",
            Jsonp.arrayBuilder()
                .add(OpenBadgeCredential.VC_CONTEXT)
                .add(OpenBadgeCredential.OB_CONTEXT))
        .add("publicKeys", keysUrl)
        .build()
        .toString();
  }
}
