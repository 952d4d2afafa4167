package org.institute.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.institute.core.ChainCheck;
import org.institute.core.ChainVerification;

/** One verification of the audit chain: when, by whom, and its verdict (decision 0123). */
@Entity
@Table(name = "core_audit_verification")
public class AuditVerification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "verified_at", nullable = false)
  private Instant verifiedAt;

  @Column(name = "verified_by", nullable = false, length = 64)
  private String verifiedBy;

  @Column(name = "links_checked", nullable = false)
  private long linksChecked;

  @Column(name = "intact", nullable = false)
  private boolean intact;

  @Column(name = "first_broken")
  private Long firstBroken;

  @Column(name = "problem", length = 1000)
  private String problem;

  protected AuditVerification() {}

  public AuditVerification(Instant at, String by, ChainCheck check) {
    this.verifiedAt = at;
    this.verifiedBy = by.length() > 64 ? by.substring(0, 64) : by;
    this.linksChecked = check.linksChecked();
    this.intact = check.intact();
    this.firstBroken = check.firstBrokenSequence();
    String reason = check.problem();
    this.problem = reason != null && reason.length() > 1000 ? reason.substring(0, 1000) : reason;
  }

  public ChainVerification view() {
    ChainCheck check =
        intact
            ? ChainCheck.intact(linksChecked)
            : ChainCheck.broken(linksChecked, firstBroken, problem);
    return new ChainVerification(verifiedAt, verifiedBy, check);
  }
}
