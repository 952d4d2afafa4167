package org.institute.partners.domain;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerName;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;

/**
 * A party of the institute: a co-founder, a government body, a company. Its legal name has a
 * history, so that an agreement signed before a rename still shows the name it was signed under.
 */
@Entity
@Table(name = "ptn_partner")
public class Partner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 16)
  private String code;

  /** The current name, kept beside the history so lists need no join. */
  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(name = "name_zh", length = 300)
  private String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private PartnerKind kind;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(nullable = false, length = 100)
  private String city;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "ptn_partner_role", joinColumns = @JoinColumn(name = "partner_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  private Set<PartnerRole> roles = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "ptn_partner_name", joinColumns = @JoinColumn(name = "partner_id"))
  @OrderBy("validFrom")
  private List<NameRecord> names = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "ptn_contact", joinColumns = @JoinColumn(name = "partner_id"))
  @OrderColumn(name = "position")
  private List<Contact> contacts = new ArrayList<>();

  protected Partner() {}

  /** A new partner, known under its current name since {@code knownSince}. */
  public Partner(NewPartner registration, LocalDate knownSince, Instant now) {
    this.code = registration.code();
    this.nameEn = registration.nameEn().trim();
    this.nameZh = blankToNull(registration.nameZh());
    this.kind = registration.kind();
    this.country = registration.country();
    this.city = registration.city().trim();
    this.roles =
        registration.roles().isEmpty() ? new HashSet<>() : EnumSet.copyOf(registration.roles());
    this.names.add(new NameRecord(nameEn, nameZh, knownSince));
    registration.contacts().forEach(c -> contacts.add(Contact.of(c)));
    this.active = true;
    this.createdAt = now;
  }

  /**
   * Records a new legal name from {@code validFrom}. A rename cannot predate the name it replaces;
   * on the same date it corrects that entry.
   */
  public void rename(String newEn, String newZh, LocalDate validFrom) {
    Objects.requireNonNull(validFrom, "validFrom");
    NameRecord latest =
        names.stream().max(Comparator.comparing(NameRecord::validFrom)).orElseThrow();
    if (validFrom.isBefore(latest.validFrom())) {
      throw InvalidCommandException.of("validFrom", "partner.rename.beforeCurrent");
    }
    if (validFrom.equals(latest.validFrom())) {
      names.remove(latest);
    }
    names.add(new NameRecord(newEn.trim(), blankToNull(newZh), validFrom));
    this.nameEn = newEn.trim();
    this.nameZh = blankToNull(newZh);
  }

  /** The name valid on a date; before the first recorded name, the first one. */
  public PartnerName nameOn(LocalDate date) {
    List<NameRecord> ordered =
        names.stream().sorted(Comparator.comparing(NameRecord::validFrom)).toList();
    NameRecord valid = ordered.get(0);
    for (NameRecord n : ordered) {
      if (!n.validFrom().isAfter(date)) {
        valid = n;
      }
    }
    return valid.view();
  }

  public List<PartnerName> nameHistory() {
    return names.stream()
        .sorted(Comparator.comparing(NameRecord::validFrom))
        .map(NameRecord::view)
        .toList();
  }

  public void describe(
      PartnerKind newKind, String newCountry, String newCity, Set<PartnerRole> newRoles) {
    this.kind = Objects.requireNonNull(newKind);
    this.country = Objects.requireNonNull(newCountry);
    this.city = Objects.requireNonNull(newCity).trim();
    this.roles.clear();
    this.roles.addAll(newRoles);
  }

  public void replaceContacts(List<ContactPoint> newContacts) {
    contacts.clear();
    newContacts.forEach(c -> contacts.add(Contact.of(c)));
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public Optional<Long> id() {
    return Optional.ofNullable(id);
  }

  public String code() {
    return code;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean active() {
    return active;
  }

  public List<ContactPoint> contacts() {
    return contacts.stream().map(Contact::view).toList();
  }

  public PartnerSummary summary() {
    return new PartnerSummary(
        new PartnerId(id), code, nameEn, nameZh, kind, country, city, roles, active);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
