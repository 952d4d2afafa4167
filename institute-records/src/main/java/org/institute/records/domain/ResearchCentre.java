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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.records.CentreKind;
import org.institute.records.CentreStatus;
import org.institute.records.CentreView;
import org.institute.records.NewCentre;

/** An R&D centre or a joint research centre; partners are held by id, the lead among them. */
@Entity
@Table(name = "rec_centre")
public class ResearchCentre {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 16, unique = true)
  private String code;

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(name = "name_zh", length = 300)
  private String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private CentreKind kind;

  @Column(name = "lead_partner_id", nullable = false)
  private long leadPartner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CentreStatus status;

  @Column(name = "space_sqm", nullable = false)
  private int spaceSqm;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "rec_centre_partner", joinColumns = @JoinColumn(name = "centre_id"))
  @Column(name = "partner_id", nullable = false)
  private Set<Long> partners = new HashSet<>();

  protected ResearchCentre() {}

  /** A centre from a checked command; the lead partner is always one of the partners. */
  public ResearchCentre(NewCentre c, Instant now) {
    this.code = c.code();
    this.nameEn = c.nameEn().trim();
    this.nameZh = c.nameZh() == null || c.nameZh().isBlank() ? null : c.nameZh().trim();
    this.kind = c.kind();
    this.leadPartner = c.leadPartner().value();
    this.status = c.status() == null ? CentreStatus.ACTIVE : c.status();
    this.spaceSqm = c.spaceSqm() == null ? 0 : c.spaceSqm();
    c.partners().forEach(p -> partners.add(p.value()));
    partners.add(leadPartner);
    this.createdAt = now;
  }

  public CentreView view() {
    return new CentreView(
        id,
        code,
        nameEn,
        nameZh,
        kind,
        new PartnerId(leadPartner),
        partners.stream().map(PartnerId::new).collect(Collectors.toSet()),
        status,
        spaceSqm,
        version);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String nameEn() {
    return nameEn;
  }
}
