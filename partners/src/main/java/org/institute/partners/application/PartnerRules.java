package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.domain.PartnerRepository;

/**
 * Field rules for partner data, shared by registration and edits; refuses with every problem at
 * once.
 */
@ApplicationScoped
class PartnerRules {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Inject private PartnerRepository partners;

  void checkRegistration(NewPartner p) {
    List<Violation> problems = new ArrayList<>();
    if (p.code() == null || !p.code().matches("[A-Z0-9-]{2,16}")) {
      problems.add(new Violation("code", "partner.code.invalid"));
    } else if (partners.findByCode(p.code()).isPresent()) {
      problems.add(new Violation("code", "partner.code.taken"));
    }
    checkNames(p.nameEn(), p.nameZh(), problems);
    checkDescription(p.kind(), p.country(), p.city(), problems);
    checkContacts(p.contacts(), problems);
    if (p.knownSince() != null
        && (p.knownSince().getYear() < 1800 || p.knownSince().getYear() > 2200)) {
      problems.add(new Violation("knownSince", "date.outOfRange"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  static void checkNames(String nameEn, String nameZh, List<Violation> problems) {
    if (nameEn == null || nameEn.isBlank()) {
      problems.add(new Violation("nameEn", "partner.nameEn.required"));
    } else if (nameEn.length() > 300) {
      problems.add(new Violation("nameEn", "field.tooLong"));
    }
    if (nameZh != null && nameZh.length() > 300) {
      problems.add(new Violation("nameZh", "field.tooLong"));
    }
  }

  static void checkDescription(
      PartnerKind kind, String country, String city, List<Violation> problems) {
    if (kind == null) {
      problems.add(new Violation("kind", "partner.kind.required"));
    }
    if (country == null || !COUNTRIES.contains(country)) {
      problems.add(new Violation("country", "partner.country.invalid"));
    }
    if (city == null || city.isBlank()) {
      problems.add(new Violation("city", "partner.city.required"));
    } else if (city.length() > 100) {
      problems.add(new Violation("city", "field.tooLong"));
    }
  }

  static void checkContacts(List<ContactPoint> contacts, List<Violation> problems) {
    if (contacts.size() > 20) {
      problems.add(new Violation("contacts", "partner.contacts.tooMany"));
      return;
    }
    for (int i = 0; i < contacts.size(); i++) {
      ContactPoint c = contacts.get(i);
      String field = "contacts[" + i + "]";
      if (c == null || c.name() == null || c.name().isBlank() || c.name().length() > 200) {
        problems.add(new Violation(field + ".name", "partner.contact.name.required"));
        continue;
      }
      if (c.email() != null
          && !c.email().isBlank()
          && (c.email().length() > 254 || !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
        problems.add(new Violation(field + ".email", "account.email.invalid"));
      }
      if (c.function() != null && c.function().length() > 200) {
        problems.add(new Violation(field + ".function", "field.tooLong"));
      }
      if (c.phone() != null && !c.phone().matches("[0-9+() .-]{0,50}")) {
        problems.add(new Violation(field + ".phone", "partner.contact.phone.invalid"));
      }
    }
  }
}
