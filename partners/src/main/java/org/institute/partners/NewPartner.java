package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What it takes to register a partner. {@code roles} and {@code contacts} may be empty. {@code
 * knownSince} is the date from which the name is valid (today when null), so that a partner
 * registered late still shows its name on older records.
 */
public record NewPartner(
    String code,
    String nameEn,
    String nameZh,
    PartnerKind kind,
    String country,
    String city,
    Set<PartnerRole> roles,
    List<ContactPoint> contacts,
    LocalDate knownSince)
    implements Serializable {

  public NewPartner {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
  }

  public NewPartner(
      String code,
      String nameEn,
      String nameZh,
      PartnerKind kind,
      String country,
      String city,
      Set<PartnerRole> roles,
      List<ContactPoint> contacts) {
    this(code, nameEn, nameZh, kind, country, city, roles, contacts, null);
  }

  public NewPartner(
      String code, String nameEn, String nameZh, PartnerKind kind, String country, String city) {
    this(code, nameEn, nameZh, kind, country, city, Set.of(), List.of(), null);
  }
}
