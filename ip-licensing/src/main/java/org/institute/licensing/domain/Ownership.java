package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A co-owner's share of a family from a date on, until the family's next ownership change. */
@Entity
@Table(name = "lic_ownership")
public class Ownership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "family_id", nullable = false)
  private PatentFamily family;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "share_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal percent;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  protected Ownership() {}

  Ownership(PatentFamily family, long partnerId, BigDecimal percent, LocalDate effectiveFrom) {
    this.family = family;
    this.partnerId = partnerId;
    this.percent = percent;
    this.effectiveFrom = effectiveFrom;
  }

  public long partnerId() {
    return partnerId;
  }

  public BigDecimal percent() {
    return percent;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }
}
