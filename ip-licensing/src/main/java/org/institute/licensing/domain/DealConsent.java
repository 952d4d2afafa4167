package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A co-owner partner whose consent a submitted deal needs; given once one of its staff consents.
 */
@Entity
@Table(name = "lic_deal_consent")
public class DealConsent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "deal_id", nullable = false)
  private LicenceDeal deal;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "given_by", length = 64)
  private String givenBy;

  @Column(name = "given_at")
  private Instant givenAt;

  protected DealConsent() {}

  DealConsent(LicenceDeal deal, long partnerId) {
    this.deal = deal;
    this.partnerId = partnerId;
  }

  public long partnerId() {
    return partnerId;
  }

  public boolean given() {
    return givenBy != null;
  }

  public String givenBy() {
    return givenBy;
  }

  public Instant givenAt() {
    return givenAt;
  }

  void give(String by, Instant at) {
    this.givenBy = by;
    this.givenAt = at;
  }
}
