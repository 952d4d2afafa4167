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

/** One admin's approval of a deal in review. */
@Entity
@Table(name = "lic_deal_approval")
public class DealApproval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "deal_id", nullable = false)
  private LicenceDeal deal;

  @Column(name = "approved_by", nullable = false, length = 64)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  protected DealApproval() {}

  DealApproval(LicenceDeal deal, String approvedBy, Instant approvedAt) {
    this.deal = deal;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }
}
