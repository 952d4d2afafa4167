package org.institute.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.talent.NewParticipant;
import org.institute.talent.ParticipantView;

/**
 * A person who takes part in programmes: one record across cohorts, found again by e-mail or NTU
 * matriculation number.
 */
@Entity
@Table(name = "tal_participant")
public class Participant {

  /** NTU matriculation numbers: a letter, seven digits, a check letter (U2012345A). */
  static final Pattern MATRICULATION = Pattern.compile("[A-Z][0-9]{7}[A-Z]");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_latin", nullable = false, length = 200)
  private String nameLatin;

  @Column(name = "name_zh", length = 100)
  private String nameZh;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(length = 300)
  private String organisation;

  @Column(name = "matriculation_number", length = 16)
  private String matriculationNumber;

  @Column(length = 2)
  private String nationality;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Participant() {}

  private Participant(NewParticipant p, Instant now) {
    this.nameLatin = p.nameLatin().trim();
    this.nameZh = Text.blankToNull(p.nameZh());
    this.email = normalEmail(p.email());
    this.organisation = Text.blankToNull(p.organisation());
    this.matriculationNumber = normalMatriculation(p.matriculationNumber());
    this.nationality =
        p.nationality() == null || p.nationality().isBlank()
            ? null
            : p.nationality().trim().toUpperCase(Locale.ROOT);
    this.createdAt = now;
  }

  /**
   * A new participant; refuses, with every problem at once, missing names, a bad e-mail,
   * matriculation number or nationality. Uniqueness is the caller's to check against the store.
   */
  public static Participant register(NewParticipant p, Instant now) {
    List<Violation> problems = check(p);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return new Participant(p, now);
  }

  /** The field problems of a registration; empty when it may be registered. */
  public static List<Violation> check(NewParticipant p) {
    List<Violation> problems = new ArrayList<>();
    if (p.nameLatin() == null || p.nameLatin().isBlank()) {
      problems.add(new Violation("nameLatin", "participant.nameLatin.required"));
    } else if (p.nameLatin().trim().length() > 200) {
      problems.add(new Violation("nameLatin", "field.tooLong"));
    }
    if (p.nameZh() != null && p.nameZh().trim().length() > 100) {
      problems.add(new Violation("nameZh", "field.tooLong"));
    }
    String email = normalEmail(p.email());
    if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(new Violation("email", "account.email.invalid"));
    }
    if (p.organisation() != null && p.organisation().trim().length() > 300) {
      problems.add(new Violation("organisation", "field.tooLong"));
    }
    String matric = normalMatriculation(p.matriculationNumber());
    if (matric != null && !MATRICULATION.matcher(matric).matches()) {
      problems.add(new Violation("matriculationNumber", "participant.matriculation.invalid"));
    }
    if (p.nationality() != null
        && !p.nationality().isBlank()
        && !COUNTRIES.contains(p.nationality().trim().toUpperCase(Locale.ROOT))) {
      problems.add(new Violation("nationality", "participant.nationality.invalid"));
    }
    return problems;
  }

  /** E-mail addresses compare case-insensitively and without surrounding blanks. */
  public static String normalEmail(String email) {
    return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  public static String normalMatriculation(String number) {
    return number == null || number.isBlank() ? null : number.trim().toUpperCase(Locale.ROOT);
  }

  public boolean isNtuStudent() {
    return matriculationNumber != null;
  }

  public ParticipantView view() {
    return new ParticipantView(
        id, nameLatin, nameZh, email, organisation, matriculationNumber, nationality);
  }

  public Long id() {
    return id;
  }

  public String nameLatin() {
    return nameLatin;
  }

  public String nameZh() {
    return nameZh;
  }

  public String email() {
    return email;
  }

  public String matriculationNumber() {
    return matriculationNumber;
  }
}
