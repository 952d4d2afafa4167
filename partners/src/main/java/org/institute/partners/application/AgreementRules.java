package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.partners.NewAgreement;
import org.institute.partners.domain.PartnerRepository;

/** Field rules for a new agreement; refuses with every problem at once. */
@ApplicationScoped
class AgreementRules {

  @Inject private PartnerRepository partners;

  void check(NewAgreement a, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (a.title() == null || a.title().isBlank()) {
      problems.add(new Violation("title", "agreement.title.required"));
    } else if (a.title().length() > 300) {
      problems.add(new Violation("title", "field.tooLong"));
    }
    if (a.titleZh() != null && a.titleZh().length() > 300) {
      problems.add(new Violation("titleZh", "field.tooLong"));
    }
    if (a.summary() != null && a.summary().length() > 2000) {
      problems.add(new Violation("summary", "field.tooLong"));
    }
    checkParties(a.parties(), problems);
    checkDates(a, today, problems);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private void checkParties(Set<PartnerId> parties, List<Violation> problems) {
    if (parties.size() < 2) {
      problems.add(new Violation("parties", "agreement.parties.atLeastTwo"));
    } else if (parties.size() > 20) {
      problems.add(new Violation("parties", "agreement.parties.tooMany"));
    } else {
      Set<Long> known =
          partners.withNames(ids(parties)).stream()
              .map(p -> p.id().orElseThrow())
              .collect(Collectors.toSet());
      if (!known.containsAll(ids(parties))) {
        problems.add(new Violation("parties", "partner.unknown"));
      }
    }
  }

  private static void checkDates(NewAgreement a, LocalDate today, List<Violation> problems) {
    if (a.signedOn() == null) {
      problems.add(new Violation("signedOn", "agreement.signedOn.required"));
    } else if (a.signedOn().getYear() < 1990 || a.signedOn().isAfter(today)) {
      problems.add(new Violation("signedOn", "agreement.signedOn.outOfRange"));
    } else {
      LocalDate from = a.effectiveFrom() == null ? a.signedOn() : a.effectiveFrom();
      if (from.getYear() < 1990 || from.getYear() > 2200) {
        problems.add(new Violation("effectiveFrom", "date.outOfRange"));
      }
      if (a.expiresOn() != null && !a.expiresOn().isAfter(from)) {
        problems.add(new Violation("expiresOn", "agreement.expiresOn.beforeStart"));
      } else if (a.expiresOn() != null && a.expiresOn().getYear() > 2200) {
        problems.add(new Violation("expiresOn", "date.outOfRange"));
      }
    }
  }

  static Set<Long> ids(Collection<PartnerId> ids) {
    return ids.stream().map(PartnerId::value).collect(Collectors.toSet());
  }
}
