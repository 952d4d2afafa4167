package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;

/** Field rules for spin-offs; each check refuses with every problem at once. */
@ApplicationScoped
class SpinOffRules {

  static final int MAX_FOUNDERS = 20;
  static final int MAX_PATENTS = 50;

  @Inject private KnownPartners knownPartners;
  @Inject private KnownPatentFamilies knownFamilies;
  @Inject private Clock clock;

  /** Checks the fields given; {@code creating} makes the required ones required. */
  void check(
      boolean creating,
      String nameEn,
      String nameZh,
      List<String> founders,
      PartnerId origin,
      Set<Long> families,
      LocalDate foundedOn,
      Object status) {
    List<Violation> problems = new ArrayList<>();
    if (creating || nameEn != null) {
      text(nameEn, "nameEn", 300, true, problems);
    }
    text(nameZh, "nameZh", 300, false, problems);
    if (creating || founders != null) {
      if (founders == null || founders.isEmpty()) {
        problems.add(new Violation("founders", "spinOff.founders.required"));
      } else if (founders.size() > MAX_FOUNDERS) {
        problems.add(new Violation("founders", "field.tooMany"));
      } else {
        for (int i = 0; i < founders.size(); i++) {
          text(founders.get(i), "founders[" + i + "]", 200, true, problems);
        }
      }
    }
    if (creating && origin == null) {
      problems.add(new Violation("originPartner", "field.required"));
    } else if (origin != null && !knownPartners.exists(origin)) {
      problems.add(new Violation("originPartner", "partner.unknown"));
    }
    if (families != null) {
      if (families.size() > MAX_PATENTS) {
        problems.add(new Violation("patentFamilies", "field.tooMany"));
      } else if (!families.isEmpty()) {
        Map<Long, PatentFamilyRef> known = knownFamilies.find(families);
        if (!known.keySet().containsAll(families)) {
          problems.add(new Violation("patentFamilies", "spinOff.patentFamily.unknown"));
        }
      }
    }
    if (creating && foundedOn == null) {
      problems.add(new Violation("foundedOn", "field.required"));
    } else if (foundedOn != null
        && (foundedOn.getYear() < 1990 || foundedOn.isAfter(LocalDate.now(clock)))) {
      problems.add(new Violation("foundedOn", "spinOff.foundedOn.outOfRange"));
    }
    if (creating && status == null) {
      problems.add(new Violation("status", "field.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private static void text(
      String value, String field, int max, boolean required, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new Violation(field, "field.required"));
      }
    } else if (value.length() > max) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }
}
