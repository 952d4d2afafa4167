package org.institute.records.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.NewSpinOff;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffStatus;
import org.institute.records.SpinOffView;

/**
 * A spin-off company. Its partner of origin is held by id (partners module) and its licensed
 * patents by patent family id (IP licensing module): the core never joins their tables.
 */
@Entity
@Table(name = "rec_spin_off")
public class SpinOff {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(name = "name_zh", length = 300)
  private String nameZh;

  @Column(name = "origin_partner_id", nullable = false)
  private long originPartner;

  @Column(name = "founded_on", nullable = false)
  private LocalDate foundedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SpinOffStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "rec_spin_off_founder", joinColumns = @JoinColumn(name = "spin_off_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "name", nullable = false, length = 200)
  private List<String> founders = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "rec_spin_off_patent", joinColumns = @JoinColumn(name = "spin_off_id"))
  @Column(name = "family_id", nullable = false)
  private Set<Long> patentFamilies = new HashSet<>();

  protected SpinOff() {}

  /** A spin-off from a checked command. */
  public SpinOff(NewSpinOff c, Instant now) {
    this.nameEn = c.nameEn().trim();
    this.nameZh = blankToNull(c.nameZh());
    this.founders.addAll(c.founders().stream().map(String::trim).toList());
    this.originPartner = c.originPartner().value();
    this.patentFamilies.addAll(c.patentFamilies());
    this.foundedOn = c.foundedOn();
    this.status = c.status();
    this.createdAt = now;
  }

  /** Applies checked changes; null fields stay. */
  public void change(SpinOffChanges c) {
    if (c.nameEn() != null) {
      nameEn = c.nameEn().trim();
    }
    if (c.nameZh() != null) {
      nameZh = blankToNull(c.nameZh());
    }
    if (c.founders() != null) {
      founders.clear();
      founders.addAll(c.founders().stream().map(String::trim).toList());
    }
    if (c.originPartner() != null) {
      originPartner = c.originPartner().value();
    }
    if (c.patentFamilies() != null) {
      patentFamilies.clear();
      patentFamilies.addAll(c.patentFamilies());
    }
    if (c.foundedOn() != null) {
      foundedOn = c.foundedOn();
    }
    if (c.status() != null) {
      status = c.status();
    }
  }

  /** The view with the patent families that {@code known} could name, in reference order. */
  public SpinOffView view(Map<Long, PatentFamilyRef> known) {
    List<PatentFamilyRef> patents =
        patentFamilies.stream()
            .map(f -> known.getOrDefault(f, new PatentFamilyRef(f, null, null)))
            .sorted(
                java.util.Comparator.comparing(
                        (PatentFamilyRef p) -> p.reference() == null ? "" : p.reference())
                    .thenComparingLong(PatentFamilyRef::id))
            .toList();
    return new SpinOffView(
        id,
        nameEn,
        nameZh,
        founders,
        new PartnerId(originPartner),
        patents,
        foundedOn,
        status,
        version);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Long id() {
    return id;
  }

  public String nameEn() {
    return nameEn;
  }

  public long version() {
    return version;
  }

  public PartnerId originPartner() {
    return new PartnerId(originPartner);
  }

  public Set<Long> patentFamilies() {
    return Set.copyOf(patentFamilies);
  }
}
