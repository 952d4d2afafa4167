package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.Money;
import org.institute.core.Orcid;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.records.Investigator;
import org.institute.records.NewCentre;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.domain.Doi;
import org.institute.records.domain.PublicationTitle;
import org.institute.records.domain.ResearchRepository;

/** Field rules for research records; each check refuses with every problem at once. */
@ApplicationScoped
class ResearchRules {

  /** A Governing Council decision, e.g. GC-2020-02: council, year, number within the year. */
  static final String DECISION_REFERENCE = "GC-(19|20)\\d{2}-\\d{2,3}";

  private static final BigDecimal MAX_BUDGET = new BigDecimal("1000000000000");

  @Inject private ResearchRepository records;
  @Inject private KnownPartners knownPartners;
  @Inject private Clock clock;

  void checkCentre(NewCentre c) {
    List<Violation> problems = new ArrayList<>();
    if (c.code() == null || !c.code().matches("[A-Z0-9-]{2,16}")) {
      problems.add(new Violation("code", "centre.code.invalid"));
    } else if (records.centreByCode(c.code()).isPresent()) {
      problems.add(new Violation("code", "centre.code.taken"));
    }
    text(c.nameEn(), "nameEn", 300, true, problems);
    text(c.nameZh(), "nameZh", 300, false, problems);
    if (c.kind() == null) {
      problems.add(new Violation("kind", "centre.kind.required"));
    }
    if (c.leadPartner() == null) {
      problems.add(new Violation("leadPartner", "centre.leadPartner.required"));
    } else if (!knownPartners.exists(c.leadPartner())) {
      problems.add(new Violation("leadPartner", "partner.unknown"));
    }
    partners(c.partners(), "partners", problems);
    if (c.spaceSqm() != null && (c.spaceSqm() < 0 || c.spaceSqm() > 1_000_000)) {
      problems.add(new Violation("spaceSqm", "field.outOfRange"));
    }
    refuseIfAny(problems);
  }

  /** Checks a project and returns its budget as money. */
  Money checkProject(NewProject p) {
    List<Violation> problems = new ArrayList<>();
    text(p.titleEn(), "titleEn", 300, true, problems);
    text(p.titleZh(), "titleZh", 300, false, problems);
    if (p.centreId() == null) {
      problems.add(new Violation("centre", "project.centre.required"));
    } else if (records.centre(p.centreId()).isEmpty()) {
      problems.add(new Violation("centre", "project.centre.unknown"));
    }
    if (p.investigators().isEmpty()) {
      problems.add(new Violation("investigators", "project.investigators.required"));
    } else if (p.investigators().size() > 10) {
      problems.add(new Violation("investigators", "field.tooMany"));
    } else {
      for (int i = 0; i < p.investigators().size(); i++) {
        Investigator investigator = p.investigators().get(i);
        String field = "investigators[" + i + "]";
        if (investigator == null) {
          problems.add(new Violation(field, "field.required"));
          continue;
        }
        text(investigator.name(), field + ".name", 200, true, problems);
        if (investigator.partner() == null) {
          problems.add(new Violation(field + ".partner", "field.required"));
        } else if (!knownPartners.exists(investigator.partner())) {
          problems.add(new Violation(field + ".partner", "partner.unknown"));
        }
        if (investigator.orcid() != null
            && !investigator.orcid().isBlank()
            && Orcid.parse(investigator.orcid()).isEmpty()) {
          problems.add(new Violation(field + ".orcid", "orcid.invalid"));
        }
      }
    }
    partners(p.partners(), "partners", problems);
    dates(p.startDate(), p.endDate(), problems);
    Money budget = budget(p.budgetAmount(), p.budgetCurrency(), problems);
    if (p.status() == null) {
      problems.add(new Violation("status", "project.status.required"));
    }
    String reference = p.approvalReference() == null ? "" : p.approvalReference().trim();
    if (!reference.isEmpty() && !reference.matches(DECISION_REFERENCE)) {
      problems.add(new Violation("approvalReference", "project.approvalReference.invalid"));
    } else if (p.status() != null && p.status().needsApproval() && reference.isEmpty()) {
      problems.add(new Violation("approvalReference", "project.approvalReference.required"));
    } else if (p.status() != null && !p.status().needsApproval() && !reference.isEmpty()) {
      problems.add(new Violation("approvalReference", "project.approvalReference.notYet"));
    }
    refuseIfAny(problems);
    return budget;
  }

  /** Checks a new publication and returns its DOI in normal form. */
  String checkPublication(NewPublication p) {
    return checkPublication(p, null);
  }

  /**
   * Checks a publication, new ({@code id} null) or the correction of publication {@code id}, and
   * returns its DOI in normal form. The title is required in English or in Chinese (either field
   * may hold it); the DOI is unique among the other publications.
   */
  String checkPublication(NewPublication p, Long id) {
    List<Violation> problems = new ArrayList<>();
    if ((p.title() == null || p.title().isBlank())
        && (p.titleZh() == null || p.titleZh().isBlank())) {
      problems.add(new Violation("title", "field.required"));
    } else {
      text(p.title(), "title", 500, false, problems);
      text(p.titleZh(), "titleZh", 500, false, problems);
    }
    if (!PublicationTitle.understood(p.titleLanguage())) {
      problems.add(new Violation("titleLanguage", "publication.titleLanguage.invalid"));
    }
    text(p.journal(), "journal", 300, true, problems);
    text(p.authors(), "authors", 1000, true, problems);
    int thisYear = LocalDate.now(clock).getYear();
    if (p.year() == null) {
      problems.add(new Violation("year", "field.required"));
    } else if (p.year() < 1990 || p.year() > thisYear) {
      problems.add(new Violation("year", "publication.year.outOfRange"));
    }
    Optional<String> doi = Doi.normalise(p.doi());
    if (p.doi() == null || p.doi().isBlank()) {
      problems.add(new Violation("doi", "field.required"));
    } else if (doi.isEmpty()) {
      problems.add(new Violation("doi", "publication.doi.invalid"));
    } else if (id == null
        ? records.doiTaken(doi.get())
        : records.publicationByDoi(doi.get()).filter(other -> !id.equals(other.id())).isPresent()) {
      problems.add(new Violation("doi", "publication.doi.taken"));
    }
    if (p.projectId() == null) {
      problems.add(new Violation("project", "field.required"));
    } else if (records.project(p.projectId()).isEmpty()) {
      problems.add(new Violation("project", "publication.project.unknown"));
    }
    refuseIfAny(problems);
    return doi.orElseThrow();
  }

  private void partners(Set<PartnerId> partners, String field, List<Violation> problems) {
    if (partners.size() > 20) {
      problems.add(new Violation(field, "field.tooMany"));
      return;
    }
    Set<PartnerId> unknown = new HashSet<>();
    for (PartnerId partner : partners) {
      if (!knownPartners.exists(partner)) {
        unknown.add(partner);
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(new Violation(field, "partner.unknown"));
    }
  }

  private static void dates(LocalDate start, LocalDate end, List<Violation> problems) {
    if (start == null) {
      problems.add(new Violation("startDate", "field.required"));
    } else if (start.getYear() < 1990 || start.getYear() > 2200) {
      problems.add(new Violation("startDate", "date.outOfRange"));
    }
    if (end == null) {
      problems.add(new Violation("endDate", "field.required"));
    } else if (start != null && end.isBefore(start)) {
      problems.add(new Violation("endDate", "project.endDate.beforeStart"));
    } else if (end.getYear() > 2200) {
      problems.add(new Violation("endDate", "date.outOfRange"));
    }
  }

  private static Money budget(String amount, String currency, List<Violation> problems) {
    BigDecimal value = null;
    if (amount == null || amount.isBlank()) {
      problems.add(new Violation("budgetAmount", "field.required"));
    } else {
      try {
        value = new BigDecimal(amount.trim());
        if (value.signum() <= 0 || value.compareTo(MAX_BUDGET) >= 0 || value.scale() > 2) {
          problems.add(new Violation("budgetAmount", "amount.outOfRange"));
          value = null;
        }
      } catch (NumberFormatException e) {
        problems.add(new Violation("budgetAmount", "amount.invalid"));
      }
    }
    Currency unit = null;
    try {
      unit = Currency.getInstance(currency == null ? "" : currency.trim());
      if (!Money.SUPPORTED.contains(unit)) {
        unit = null;
      }
    } catch (IllegalArgumentException e) {
      unit = null;
    }
    if (unit == null) {
      problems.add(new Violation("budgetCurrency", "currency.unsupported"));
    }
    return value == null || unit == null ? null : Money.of(value, unit);
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

  private static void refuseIfAny(List<Violation> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }
}
