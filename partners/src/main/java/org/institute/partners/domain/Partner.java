package org.institute.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.institute.core.PartnerId;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerSummary;

/** A party of the institute: a co-founder, a government body, a company. */
@Entity
@Table(name = "ptn_partner")
public class Partner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 16)
  private String code;

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

  protected Partner() {}

  public Partner(NewPartner registration, Instant now) {
    this.code = registration.code();
    this.nameEn = registration.nameEn();
    this.nameZh = registration.nameZh();
    this.kind = registration.kind();
    this.country = registration.country();
    this.city = registration.city();
    this.active = true;
    this.createdAt = now;
  }

  public PartnerSummary summary() {
    return new PartnerSummary(new PartnerId(id), code, nameEn, nameZh, kind, country, city);
  }
}
