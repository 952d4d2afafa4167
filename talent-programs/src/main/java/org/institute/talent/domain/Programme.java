package org.institute.talent.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.talent.Eligibility;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeKind;

/**
 * A programme the base runs, owned by one or more partners, with its eligibility and completion
 * rules.
 */
@Entity
@Table(name = "tal_programme")
public class Programme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ProgrammeKind kind;

  @Column(name = "title_en", nullable = false, length = 300)
  private String titleEn;

  @Column(name = "title_zh", length = 300)
  private String titleZh;

  @Column(name = "description_en", length = 4000)
  private String descriptionEn;

  @Column(name = "description_zh", length = 4000)
  private String descriptionZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Eligibility eligibility;

  @Column(name = "min_attendance_percent", nullable = false)
  private int minAttendancePercent;

  @Column(name = "assessment_required", nullable = false)
  private boolean assessmentRequired;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "tal_programme_owner", joinColumns = @JoinColumn(name = "programme_id"))
  @Column(name = "partner_id", nullable = false)
  private Set<Long> owners = new HashSet<>();

  protected Programme() {}

  /** A programme from an already validated registration. */
  public Programme(NewProgramme p, Instant now) {
    this.code = p.code().trim();
    this.kind = p.kind();
    this.titleEn = p.titleEn().trim();
    this.titleZh = Text.blankToNull(p.titleZh());
    this.descriptionEn = Text.blankToNull(p.descriptionEn());
    this.descriptionZh = Text.blankToNull(p.descriptionZh());
    this.eligibility = p.eligibility() == null ? Eligibility.OPEN : p.eligibility();
    this.minAttendancePercent = p.minAttendancePercent() == null ? 80 : p.minAttendancePercent();
    this.assessmentRequired = p.assessmentRequired() == null || p.assessmentRequired();
    this.owners =
        p.owners().stream().map(PartnerId::value).collect(Collectors.toCollection(HashSet::new));
    this.createdAt = now;
  }

  /**
   * The rules of a programme's titles, descriptions and completion rule, shared by registration and
   * revision: every problem at once, each naming its field.
   */
  public static void checkTexts(
      String titleEn,
      String titleZh,
      String descriptionEn,
      String descriptionZh,
      Integer minAttendancePercent,
      java.util.List<org.institute.core.Violation> problems) {
    if (titleEn == null || titleEn.isBlank()) {
      problems.add(new org.institute.core.Violation("titleEn", "programme.titleEn.required"));
    } else if (titleEn.trim().length() > 300) {
      problems.add(new org.institute.core.Violation("titleEn", "field.tooLong"));
    }
    org.institute.core.BilingualText.checkChinese(titleZh, "titleZh", 300, problems);
    if (descriptionEn != null && descriptionEn.trim().length() > 4000) {
      problems.add(new org.institute.core.Violation("descriptionEn", "field.tooLong"));
    }
    if (descriptionZh != null && descriptionZh.trim().length() > 4000) {
      problems.add(new org.institute.core.Violation("descriptionZh", "field.tooLong"));
    }
    if (minAttendancePercent != null && (minAttendancePercent < 0 || minAttendancePercent > 100)) {
      problems.add(
          new org.institute.core.Violation("minAttendancePercent", "programme.attendance.invalid"));
    }
  }

  /** Takes changed titles, descriptions, eligibility and completion rule; refuses what is wrong. */
  public void revise(org.institute.talent.ProgrammeChanges c) {
    java.util.List<org.institute.core.Violation> problems = new java.util.ArrayList<>();
    checkTexts(
        c.titleEn(),
        c.titleZh(),
        c.descriptionEn(),
        c.descriptionZh(),
        c.minAttendancePercent(),
        problems);
    if (c.minAttendancePercent() == null) {
      problems.add(
          new org.institute.core.Violation("minAttendancePercent", "programme.attendance.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    this.titleEn = c.titleEn().trim();
    this.titleZh = Text.blankToNull(c.titleZh());
    this.descriptionEn = Text.blankToNull(c.descriptionEn());
    this.descriptionZh = Text.blankToNull(c.descriptionZh());
    if (c.eligibility() != null) {
      this.eligibility = c.eligibility();
    }
    this.minAttendancePercent = c.minAttendancePercent();
    if (c.assessmentRequired() != null) {
      this.assessmentRequired = c.assessmentRequired();
    }
  }

  /** Refuses a participant the programme's eligibility rule does not admit. */
  public void checkEligible(Participant participant) {
    if (eligibility == Eligibility.NTU_STUDENTS && !participant.isNtuStudent()) {
      throw InvalidCommandException.of("participantId", "enrolment.ntuStudentsOnly");
    }
  }

  public CompletionRule completionRule() {
    return new CompletionRule(minAttendancePercent, assessmentRequired);
  }

  public boolean isOwnedBy(PartnerId partner) {
    return owners.contains(partner.value());
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public ProgrammeKind kind() {
    return kind;
  }

  public String titleEn() {
    return titleEn;
  }

  public String titleZh() {
    return titleZh;
  }

  public String descriptionEn() {
    return descriptionEn;
  }

  public String descriptionZh() {
    return descriptionZh;
  }

  public Eligibility eligibility() {
    return eligibility;
  }

  public int minAttendancePercent() {
    return minAttendancePercent;
  }

  public boolean assessmentRequired() {
    return assessmentRequired;
  }

  public Set<PartnerId> owners() {
    return owners.stream().map(PartnerId::new).collect(Collectors.toUnmodifiableSet());
  }
}
