package org.institute.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.CostRecovery;
import org.institute.licensing.Deadline;
import org.institute.licensing.Inventor;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.Share;

/**
 * A patent family: one invention, its priority date, its co-owners over time and its applications.
 * Ownership changes take effect from a date; the shares valid on a date are those of the latest
 * change on or before it.
 */
@Entity
@Table(name = "lic_patent_family")
public class PatentFamily {

  /** PCT filing is due 12 months, national phase entry 30 months after the priority date. */
  public static final int PCT_MONTHS = 12;

  public static final int NATIONAL_PHASE_MONTHS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 32)
  private String reference;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "technology_field", length = 100)
  private String technologyField;

  @Column(name = "priority_date", nullable = false)
  private LocalDate priorityDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "title_zh", length = 300)
  private String titleZh;

  /** The BCP 47 tag of {@link #title} when an import said it; null for typed-in families. */
  @Column(name = "title_lang", length = 35)
  private String titleLanguage;

  /** The priority claim's office (WIPO ST.3) and number, when an import gave them. */
  @Column(name = "priority_office", length = 2)
  private String priorityOffice;

  @Column(name = "priority_number", length = 64)
  private String priorityNumber;

  /** The import that created the family (IMP-...), null when typed in. */
  @Column(name = "import_ref", length = 16)
  private String importRef;

  @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("effectiveFrom desc, partnerId")
  private List<Ownership> ownership = new ArrayList<>();

  @OneToMany(mappedBy = "family", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<PatentApplication> applications = new ArrayList<>();

  /**
   * The inventors, with their institutions and contributions (issue 19): carried over from the
   * disclosure the family came from, or set by an admin ({@link #changeSharing}). Empty while
   * nobody has named them.
   */
  @ElementCollection
  @CollectionTable(name = "lic_family_inventor", joinColumns = @JoinColumn(name = "family_id"))
  @OrderColumn(name = "inventor_index")
  private List<InventorEntry> inventors = new ArrayList<>();

  /** Whether the family's income repays its costs first (decision 0107). */
  @Enumerated(EnumType.STRING)
  @Column(name = "cost_recovery", nullable = false, length = 16)
  private CostRecovery costRecovery = CostRecovery.RECOVER_FIRST;

  protected PatentFamily() {}

  public static PatentFamily register(
      String reference,
      String title,
      String field,
      LocalDate priorityDate,
      List<Share> owners,
      Instant now) {
    List<Violation> problems = new ArrayList<>(SharesCheck.violations(owners));
    if (reference == null || !reference.matches("[A-Za-z0-9./-]{2,32}")) {
      problems.add(new Violation("reference", "licensing.family.reference.invalid"));
    }
    problems.addAll(titleProblems(title));
    if (field != null && field.length() > 100) {
      problems.add(new Violation("technologyField", "field.tooLong"));
    }
    if (priorityDate == null) {
      problems.add(new Violation("priorityDate", "field.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    PatentFamily family = new PatentFamily();
    family.reference = reference;
    family.title = title.trim();
    family.technologyField = field == null || field.isBlank() ? null : field.trim();
    family.priorityDate = priorityDate;
    family.createdAt = now;
    family.setShares(priorityDate, owners);
    return family;
  }

  /**
   * A family brought in by an import (decision 0100): registered by the same rules, with its
   * title's language, the Chinese title, the priority claim it is known by and the import's
   * reference.
   */
  public static PatentFamily imported(
      String reference,
      String title,
      String titleLanguage,
      String titleZh,
      String priorityOffice,
      String priorityNumber,
      LocalDate priorityDate,
      List<Share> owners,
      String importRef,
      Instant now) {
    PatentFamily family = register(reference, title, null, priorityDate, owners, now);
    family.titleLanguage = titleLanguage;
    family.titleZh = titleZh == null || titleZh.isBlank() ? null : titleZh.trim();
    family.priorityOffice = priorityOffice;
    family.priorityNumber = priorityNumber;
    family.importRef = importRef;
    return family;
  }

  /**
   * What {@link #file} refuses, with the fields named after {@code prefix} (empty for a form): no
   * jurisdiction or status, a missing number once past drafting, a filing before the priority date,
   * a grant without its number, numbers over 64 characters.
   */
  public static List<Violation> applicationProblems(
      String prefix,
      LocalDate priorityDate,
      Jurisdiction jurisdiction,
      String number,
      LocalDate filingDate,
      ApplicationStatus status,
      String grantNumber) {
    List<Violation> problems = new ArrayList<>();
    if (jurisdiction == null) {
      problems.add(new Violation(prefix + "jurisdiction", "field.required"));
    }
    if (status == null) {
      problems.add(new Violation(prefix + "status", "field.required"));
    } else if (status != ApplicationStatus.DRAFTING && (number == null || number.isBlank())) {
      problems.add(
          new Violation(prefix + "applicationNumber", "licensing.application.number.required"));
    }
    if (number != null && number.length() > 64) {
      problems.add(new Violation(prefix + "applicationNumber", "field.tooLong"));
    }
    if (filingDate != null && priorityDate != null && filingDate.isBefore(priorityDate)) {
      problems.add(
          new Violation(prefix + "filingDate", "licensing.application.filingDate.beforePriority"));
    }
    if (status == ApplicationStatus.GRANTED && (grantNumber == null || grantNumber.isBlank())) {
      problems.add(
          new Violation(prefix + "grantNumber", "licensing.application.grantNumber.required"));
    }
    if (grantNumber != null && grantNumber.length() > 64) {
      problems.add(new Violation(prefix + "grantNumber", "field.tooLong"));
    }
    return problems;
  }

  /** The rule of a family's title: required, at most 300 characters; field {@code title}. */
  public static List<Violation> titleProblems(String title) {
    if (title == null || title.isBlank()) {
      return List.of(new Violation("title", "field.required"));
    }
    return title.length() > 300 ? List.of(new Violation("title", "field.tooLong")) : List.of();
  }

  /**
   * Replaces the co-owners from {@code effectiveFrom} on; a change on the same date is corrected.
   */
  public void changeOwnership(LocalDate effectiveFrom, List<Share> owners) {
    List<Violation> problems = new ArrayList<>(SharesCheck.violations(owners));
    if (effectiveFrom == null) {
      problems.add(new Violation("effectiveFrom", "field.required"));
    } else if (effectiveFrom.isBefore(priorityDate)) {
      problems.add(new Violation("effectiveFrom", "licensing.shares.beforePriority"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    ownership.removeIf(o -> o.effectiveFrom().equals(effectiveFrom));
    setShares(effectiveFrom, owners);
  }

  private void setShares(LocalDate from, List<Share> owners) {
    owners.stream()
        .sorted(Comparator.comparingLong(Share::partnerId))
        .forEach(s -> ownership.add(new Ownership(this, s.partnerId(), s.percent(), from)));
  }

  /** The shares valid on a date, by partner; empty before the family's first ownership. */
  public Map<Long, BigDecimal> sharesOn(LocalDate date) {
    Optional<LocalDate> effective =
        ownership.stream()
            .map(Ownership::effectiveFrom)
            .filter(d -> !d.isAfter(date))
            .max(Comparator.naturalOrder());
    Map<Long, BigDecimal> shares = new LinkedHashMap<>();
    effective.ifPresent(
        e ->
            ownership.stream()
                .filter(o -> o.effectiveFrom().equals(e))
                .sorted(Comparator.comparingLong(Ownership::partnerId))
                .forEach(o -> shares.put(o.partnerId(), o.percent())));
    return shares;
  }

  /**
   * Sets what the family's income is shared by: whether its costs are recovered first, and its
   * inventors ({@link InventorsCheck}), each of a partner that owns or owned a share of it.
   *
   * @throws InvalidCommandException naming each field in error
   */
  public void changeSharing(CostRecovery recovery, List<Inventor> named) {
    List<Violation> problems = new ArrayList<>();
    if (recovery == null) {
      problems.add(new Violation("costRecovery", "field.required"));
    }
    problems.addAll(InventorsCheck.violations(named));
    if (named != null) {
      Set<Long> owners = everyOwner();
      for (int i = 0; i < named.size(); i++) {
        Inventor inventor = named.get(i);
        if (inventor != null
            && inventor.partnerId() > 0
            && !owners.contains(inventor.partnerId())) {
          problems.add(
              new Violation(
                  "inventors[" + i + "].partnerId", "licensing.family.inventor.notOwner"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    this.costRecovery = recovery;
    inventors.clear();
    named.forEach(i -> inventors.add(new InventorEntry(i)));
  }

  /** Takes over a disclosure's inventors, as it was accepted into this family. */
  public void inventedBy(List<Inventor> named) {
    inventors.clear();
    named.forEach(i -> inventors.add(new InventorEntry(i)));
  }

  public List<Inventor> inventors() {
    return inventors.stream().map(InventorEntry::inventor).toList();
  }

  public CostRecovery costRecovery() {
    return costRecovery;
  }

  /** Everyone who ever owned a share: they keep seeing the family. */
  public Set<Long> everyOwner() {
    Set<Long> owners = new TreeSet<>();
    ownership.forEach(o -> owners.add(o.partnerId()));
    return owners;
  }

  public PatentApplication file(
      Jurisdiction jurisdiction,
      String number,
      LocalDate filingDate,
      ApplicationStatus status,
      String grantNumber) {
    List<Violation> problems =
        applicationProblems(
            "", priorityDate, jurisdiction, number, filingDate, status, grantNumber);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    PatentApplication application =
        new PatentApplication(
            this, jurisdiction, blankToNull(number), filingDate, status, blankToNull(grantNumber));
    applications.add(application);
    return application;
  }

  /**
   * Files an application an import brought in, by the rules of {@link #file}, with its publication
   * number and the import's reference.
   */
  public PatentApplication fileImported(
      Jurisdiction jurisdiction,
      String number,
      LocalDate filingDate,
      ApplicationStatus status,
      String publicationNumber,
      String grantNumber,
      String importRef) {
    PatentApplication application = file(jurisdiction, number, filingDate, status, grantNumber);
    application.imported(blankToNull(publicationNumber), importRef);
    return application;
  }

  /** The deadlines derived from the priority date that the family's applications have not met. */
  public List<Deadline> openDeadlines() {
    return deadlines(
        id, reference, priorityDate, hasApplicationIn(Jurisdiction.PCT), nationalPhaseEntered());
  }

  public static List<Deadline> deadlines(
      Long id,
      String reference,
      LocalDate priorityDate,
      boolean pctFiled,
      boolean nationalEntered) {
    List<Deadline> list = new ArrayList<>();
    if (!pctFiled) {
      list.add(
          new Deadline(
              id == null ? 0 : id,
              reference,
              Deadline.Kind.PCT_FILING,
              priorityDate.plusMonths(PCT_MONTHS)));
    }
    if (!nationalEntered) {
      list.add(
          new Deadline(
              id == null ? 0 : id,
              reference,
              Deadline.Kind.NATIONAL_PHASE,
              priorityDate.plusMonths(NATIONAL_PHASE_MONTHS)));
    }
    return list;
  }

  private boolean hasApplicationIn(Jurisdiction jurisdiction) {
    return applications.stream().anyMatch(a -> a.jurisdiction() == jurisdiction);
  }

  /**
   * National phase counts as entered once the family has an application outside CN, SG and PCT's
   * first filing.
   */
  private boolean nationalPhaseEntered() {
    return applications.stream()
            .map(PatentApplication::jurisdiction)
            .filter(j -> j != Jurisdiction.PCT)
            .distinct()
            .count()
        > 1;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String reference() {
    return reference;
  }

  public String title() {
    return title;
  }

  public String titleZh() {
    return titleZh;
  }

  public String titleLanguage() {
    return titleLanguage;
  }

  public String priorityOffice() {
    return priorityOffice;
  }

  public String priorityNumber() {
    return priorityNumber;
  }

  public String importRef() {
    return importRef;
  }

  public String technologyField() {
    return technologyField;
  }

  public LocalDate priorityDate() {
    return priorityDate;
  }

  public List<Ownership> ownership() {
    return Collections.unmodifiableList(ownership);
  }

  public List<PatentApplication> applications() {
    return Collections.unmodifiableList(applications);
  }
}
