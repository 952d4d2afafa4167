package org.institute.partners;

import java.util.Set;

/** What it takes to register a partner. {@code roles} and {@code contacts} may be empty. */
public record NewPartner(
    String code,
    String nameEn,
    String nameZh,
    PartnerKind kind,
    String country,
    String city,
    Set<PartnerRole> roles,
    java.util.List<ContactPoint> contacts) {

  public NewPartner {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    contacts = contacts == null ? java.util.List.of() : java.util.List.copyOf(contacts);
  }

  public NewPartner(
      String code, String nameEn, String nameZh, PartnerKind kind, String country, String city) {
    this(code, nameEn, nameZh, kind, country, city, Set.of(), java.util.List.of());
  }
}
