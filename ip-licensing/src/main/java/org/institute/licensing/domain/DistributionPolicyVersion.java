package org.institute.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.NewDistributionPolicy;

/**
 * A version of an institution's distribution policy (issue 19, decision 0107): its tiers, in force
 * for payments received from its effective date until a later version's. Saved once, never changed;
 * the lines of a payment name the version that split them.
 */
@Entity
@Table(name = "lic_distribution_policy")
public class DistributionPolicyVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(length = 500)
  private String note;

  @Column(name = "saved_by", nullable = false, length = 64)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lic_distribution_tier", joinColumns = @JoinColumn(name = "policy_id"))
  @OrderColumn(name = "position")
  private List<TierEntry> tiers = new ArrayList<>();

  protected DistributionPolicyVersion() {}

  /** A new version from a policy {@link DistributionPolicyCheck} found sound. */
  public static DistributionPolicyVersion of(
      NewDistributionPolicy policy, String savedBy, Instant savedAt) {
    DistributionPolicyVersion version = new DistributionPolicyVersion();
    version.partnerId = policy.partnerId();
    version.effectiveFrom = policy.effectiveFrom();
    version.note = policy.note() == null || policy.note().isBlank() ? null : policy.note().strip();
    version.savedBy = savedBy;
    version.savedAt = savedAt;
    DistributionPolicyCheck.ordered(policy.tiers())
        .forEach(t -> version.tiers.add(new TierEntry(t)));
    return version;
  }

  public Long id() {
    return id;
  }

  public long partnerId() {
    return partnerId;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String note() {
    return note;
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }

  public List<DistributionTier> tiers() {
    return tiers.stream().map(TierEntry::tier).toList();
  }
}
