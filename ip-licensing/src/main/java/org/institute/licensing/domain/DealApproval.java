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
import java.util.List;

/** One admin's approval of a deal in review, with the named roles it met. */
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

  /** The named roles of the deal's needs this approval met (decision 0108), separated by commas. */
  @Column(name = "for_roles", nullable = false, length = 500)
  private String forRoles = "";

  protected DealApproval() {}

  DealApproval(LicenceDeal deal, String approvedBy, Instant approvedAt, List<String> forRoles) {
    this.deal = deal;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
    this.forRoles = String.join(",", forRoles);
  }

  /** The codes of the named roles this approval met. */
  public List<String> forRoles() {
    return ApprovalRule.codes(forRoles);
  }

  public String approvedBy() {
    return approvedBy;
  }
}
