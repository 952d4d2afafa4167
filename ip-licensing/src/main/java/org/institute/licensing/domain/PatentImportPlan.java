package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Violation;
import org.institute.core.WrittenLanguage;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.ImportedApplication;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.PatentImportLine;
import org.institute.licensing.PatentImportOutcome;

/**
 * The rule of a patent import, record by record and in file order (decision 0100). A record that
 * could not be read is refused with its reason only. Otherwise its family is found by the priority
 * claim, among the recorded families (by their priority claim, or by an application with the
 * claim's number: the first filing) and those created earlier in the same file. No family: CREATE,
 * checked as a registered family would be (title, priority date, a free reference made of the
 * claim). A family: MERGE when the record brings applications it lacks, UNCHANGED when it brings
 * none, so the same file imports twice safely. Every application is checked as a filed one would be
 * (office per ST.3 kept by the register, number, filing not before the priority date, a grant's
 * number), and one recorded in another family refuses the record.
 */
public final class PatentImportPlan {

  public static final String RECORD = PatentRecord.RECORD;

  /** A family the register holds, as the plan needs it. */
  public record KnownFamily(
      String reference,
      String priorityOffice,
      String priorityNumber,
      LocalDate priorityDate,
      Set<String> applicationKeys,
      boolean mayFile) {}

  private final Map<String, Planned> byClaim = new HashMap<>();
  private final Map<String, Planned> byApplication = new HashMap<>();
  private final Set<String> references = new HashSet<>();

  private PatentImportPlan(List<KnownFamily> known) {
    for (KnownFamily k : known) {
      Planned p = new Planned(k.reference(), k.priorityDate(), k.mayFile());
      references.add(k.reference());
      if (k.priorityOffice() != null && k.priorityNumber() != null) {
        byClaim.put(PatentOffices.key(k.priorityOffice(), k.priorityNumber()), p);
      }
      for (String a : k.applicationKeys()) {
        byApplication.put(a, p);
        p.applications.add(a);
      }
    }
  }

  public static List<PatentImportLine> plan(List<PatentRecord> records, List<KnownFamily> known) {
    PatentImportPlan plan = new PatentImportPlan(known);
    List<PatentImportLine> lines = new ArrayList<>();
    for (PatentRecord r : records) {
      lines.add(plan.line(r));
    }
    return lines;
  }

  private PatentImportLine line(PatentRecord r) {
    if (r.problems().stream().anyMatch(p -> p.field().equals(RECORD))) {
      return new PatentImportLine(
          r.position(),
          r.key(),
          PatentImportOutcome.REFUSED,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          r.problems());
    }
    List<Violation> problems = new ArrayList<>(r.problems());
    Titles titles = Titles.of(r.titles());
    PatentRecord.Claim claim = r.priority();
    Optional<String> claimOffice = PatentOffices.code(claim == null ? null : claim.office());
    String claimNumber =
        claim == null ? null : PatentOffices.number(claimOffice.orElse(null), claim.number());
    LocalDate priorityDate = claim == null ? null : claim.date();
    if (claimOffice.isEmpty()) {
      problems.add(
          new Violation(
              "priorityClaim.office",
              claim == null || claim.office() == null
                  ? "field.required"
                  : "licensing.import.office.invalid"));
    }
    if (claimNumber == null || claimNumber.isEmpty()) {
      problems.add(new Violation("priorityClaim.number", "field.required"));
    } else if (claimNumber.length() > 64) {
      problems.add(new Violation("priorityClaim.number", "field.tooLong"));
    }
    if (priorityDate == null
        && !has(problems, "priorityClaim.date")
        && !has(problems, "applications[0].filingDate")) {
      problems.add(new Violation("priorityClaim.date", "field.required"));
    }
    String claimKey =
        claimOffice.isPresent() && claimNumber != null
            ? PatentOffices.key(claimOffice.get(), claimNumber)
            : null;
    Planned family = claimKey == null ? null : find(claimKey);
    if (family != null && priorityDate != null && !priorityDate.equals(family.priorityDate)) {
      problems.add(new Violation("priorityClaim.date", "licensing.import.priority.dateDiffers"));
    }
    String reference = family != null ? family.reference : reference(claimOffice, claimNumber);
    if (family == null) {
      problems.addAll(PatentFamily.titleProblems(titles.main));
      if (titles.zh != null && titles.zh.length() > 300) {
        problems.add(new Violation("titleZh", "field.tooLong"));
      }
      if (reference != null && references.contains(reference)) {
        problems.add(new Violation("reference", "licensing.family.reference.taken"));
      }
    }
    LocalDate familyPriority = family != null ? family.priorityDate : priorityDate;
    List<ImportedApplication> applications = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < r.filings().size(); i++) {
      PatentRecord.Filing f = r.filings().get(i);
      String prefix = "applications[" + i + "].";
      Optional<String> office = PatentOffices.code(f.office());
      Jurisdiction jurisdiction = office.flatMap(PatentOffices::jurisdiction).orElse(null);
      if (f.office() != null && office.isEmpty()) {
        problems.add(new Violation(prefix + "office", "licensing.import.office.invalid"));
      } else if (office.isPresent() && jurisdiction == null) {
        problems.add(new Violation(prefix + "office", "licensing.import.office.unsupported"));
      }
      ApplicationStatus status = status(f, prefix, problems);
      String number = f.applicationNumber() == null ? null : f.applicationNumber().trim();
      List<Violation> checks =
          PatentFamily.applicationProblems(
              prefix,
              familyPriority,
              jurisdiction,
              number,
              f.filingDate(),
              status,
              f.grantNumber());
      checks.stream()
          .filter(c -> !(c.field().equals(prefix + "jurisdiction") && f.office() != null))
          .filter(c -> !(c.field().equals(prefix + "status") && has(problems, prefix + "status")))
          .forEach(problems::add);
      if (f.publicationNumber() != null && f.publicationNumber().length() > 64) {
        problems.add(new Violation(prefix + "publicationNumber", "field.tooLong"));
      }
      if (f.filingDate() == null && !has(problems, prefix + "filingDate")) {
        problems.add(new Violation(prefix + "filingDate", "field.required"));
      }
      boolean added = true;
      if (office.isPresent() && number != null && !number.isBlank()) {
        String key = PatentOffices.key(office.get(), number);
        Planned holder = byApplication.get(key);
        if (holder != null && holder != family) {
          problems.add(
              new Violation(
                  prefix + "applicationNumber", "licensing.import.application.otherFamily"));
        }
        added = holder == null && keys.add(key);
      }
      applications.add(
          new ImportedApplication(
              office.orElse(f.office()),
              jurisdiction,
              number,
              f.filingDate(),
              f.publicationNumber(),
              f.grantNumber(),
              status,
              added));
    }
    if (r.filings().isEmpty()) {
      problems.add(new Violation("applications", "field.required"));
    }
    if (family != null
        && !family.mayFile
        && applications.stream().anyMatch(ImportedApplication::added)) {
      problems.add(new Violation(RECORD, "licensing.import.family.notAllowed"));
    }
    PatentImportOutcome outcome;
    if (!problems.isEmpty()) {
      outcome = PatentImportOutcome.REFUSED;
    } else if (family == null) {
      outcome = PatentImportOutcome.CREATE;
      family = new Planned(reference, priorityDate, true);
      byClaim.put(claimKey, family);
      references.add(reference);
    } else {
      outcome =
          applications.stream().anyMatch(ImportedApplication::added)
              ? PatentImportOutcome.MERGE
              : PatentImportOutcome.UNCHANGED;
    }
    if (outcome == PatentImportOutcome.CREATE || outcome == PatentImportOutcome.MERGE) {
      for (String key : keys) {
        byApplication.put(key, family);
        family.applications.add(key);
      }
    }
    return new PatentImportLine(
        r.position(),
        r.key(),
        outcome,
        reference,
        claimOffice.orElse(claim == null ? null : claim.office()),
        claimNumber,
        priorityDate,
        titles.main,
        titles.mainLanguage,
        titles.zh,
        applications,
        problems);
  }

  private Planned find(String claimKey) {
    Planned p = byClaim.get(claimKey);
    return p != null ? p : byApplication.get(claimKey);
  }

  private static ApplicationStatus status(
      PatentRecord.Filing f, String prefix, List<Violation> problems) {
    if (f.status() == null) {
      return f.grantNumber() != null
          ? ApplicationStatus.GRANTED
          : f.publicationNumber() != null ? ApplicationStatus.PUBLISHED : ApplicationStatus.FILED;
    }
    try {
      ApplicationStatus status =
          ApplicationStatus.valueOf(f.status().trim().toUpperCase(Locale.ROOT));
      if (status == ApplicationStatus.DRAFTING) {
        problems.add(new Violation(prefix + "status", "licensing.import.status.invalid"));
        return null;
      }
      return status;
    } catch (IllegalArgumentException e) {
      problems.add(new Violation(prefix + "status", "licensing.import.status.invalid"));
      return null;
    }
  }

  /** A new family's reference: the claim's office and number, in the characters references take. */
  static String reference(Optional<String> office, String number) {
    if (office.isEmpty() || number == null) {
      return null;
    }
    String r = (office.get() + number).replaceAll("[^A-Za-z0-9./-]", "");
    return r.length() > 32 ? r.substring(0, 32) : r;
  }

  private static boolean has(List<Violation> problems, String field) {
    return problems.stream().anyMatch(p -> field.equals(p.field()));
  }

  /** A family known to the plan: recorded, or created earlier in the file. */
  private static final class Planned {
    final String reference;
    final LocalDate priorityDate;
    final boolean mayFile;
    final Set<String> applications = new HashSet<>();

    Planned(String reference, LocalDate priorityDate, boolean mayFile) {
      this.reference = reference;
      this.priorityDate = priorityDate;
      this.mayFile = mayFile;
    }
  }

  /**
   * A record's titles as a family keeps them: the English one (or the first) with its language tag,
   * and the Chinese one when it is another. A title without a tag in Han characters is Chinese.
   */
  record Titles(String main, String mainLanguage, String zh) {

    static Titles of(List<PatentRecord.Title> titles) {
      PatentRecord.Title english = null;
      PatentRecord.Title chinese = null;
      for (PatentRecord.Title t : titles) {
        String tag = tag(t);
        if (english == null && tag != null && tag.startsWith("en")) {
          english = new PatentRecord.Title(tag, t.text());
        } else if (chinese == null && tag != null && (tag.equals("zh") || tag.startsWith("zh-"))) {
          chinese = new PatentRecord.Title(tag, t.text());
        }
      }
      PatentRecord.Title main = english;
      if (main == null && !titles.isEmpty()) {
        PatentRecord.Title first = titles.get(0);
        main = new PatentRecord.Title(tag(first), first.text());
      }
      if (main == null) {
        return new Titles(null, null, null);
      }
      String zh = chinese == null || chinese.text().equals(main.text()) ? null : chinese.text();
      return new Titles(main.text(), main.language(), zh);
    }

    /** The title's BCP 47 tag in its normal case; zh for untagged Han text; null when unknown. */
    static String tag(PatentRecord.Title t) {
      if (t.language() != null && !t.language().isBlank()) {
        try {
          String tag =
              new Locale.Builder()
                  .setLanguageTag(t.language().trim().replace('_', '-'))
                  .build()
                  .toLanguageTag();
          return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
          return null;
        }
      }
      return WrittenLanguage.hasHan(t.text()) ? "zh" : null;
    }
  }
}
