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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.NamedRoleNeed;
import org.institute.licensing.NewApprovalPolicy;

/**
 * A version of the approval policy (decision 0102): ordered rules, in force for deals submitted
 * from its effective date until a later version's. The first rule that applies to a deal decides
 * what it needs; a deal no rule applies to needs one admin's approval after the co-owners' consent.
 * Saved once, never changed.
 */
@Entity
@Table(name = "lic_approval_policy")
public class ApprovalPolicyVersion {

  /** How many rules a version may have. */
  public static final int MAX_RULES = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_no", nullable = false, unique = true)
  private int number;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(length = 500)
  private String note;

  @Column(name = "saved_by", nullable = false, length = 64)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lic_approval_rule", joinColumns = @JoinColumn(name = "policy_id"))
  @OrderColumn(name = "position")
  private List<ApprovalRule> rules = new ArrayList<>();

  protected ApprovalPolicyVersion() {}

  /**
   * A new version from a policy {@link ApprovalPolicyCheck} found sound.
   *
   * @param number the next version number
   */
  public static ApprovalPolicyVersion of(
      int number, NewApprovalPolicy policy, String savedBy, Instant savedAt) {
    ApprovalPolicyVersion version = new ApprovalPolicyVersion();
    version.number = number;
    version.effectiveFrom = policy.effectiveFrom();
    version.note = policy.note() == null || policy.note().isBlank() ? null : policy.note().strip();
    version.savedBy = savedBy;
    version.savedAt = savedAt;
    policy.rules().forEach(r -> version.rules.add(ApprovalRule.of(r)));
    return version;
  }

  /**
   * The policy that stands while no version was saved (number 0): two admins above the configured
   * threshold, otherwise one, the co-owners' consent always.
   */
  public static ApprovalPolicyVersion builtIn(BigDecimal thresholdSgd) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    ApprovalRuleTerms twoAdmins =
        new ApprovalRuleTerms(
            "> SGD " + format.format(thresholdSgd.setScale(2, RoundingMode.HALF_UP)),
            thresholdSgd,
            null,
            null,
            null,
            null,
            null,
            2,
            true,
            false,
            java.util.List.of());
    ApprovalPolicyVersion version = new ApprovalPolicyVersion();
    version.number = 0;
    version.effectiveFrom = LocalDate.of(2000, 1, 1);
    version.savedBy = null;
    version.rules.add(ApprovalRule.of(twoAdmins));
    return version;
  }

  /** What the deal needs under this version: the first rule that applies decides. */
  public ApprovalNeeds needsOf(DealFacts deal) {
    for (ApprovalRule rule : rules) {
      if (rule.appliesTo(deal)) {
        return new ApprovalNeeds(
            number,
            rule.name(),
            rule.adminApprovals(),
            rule.coOwnerConsent(),
            rule.councilResolution(),
            rule.namedRoles().stream()
                .map(code -> new NamedRoleNeed(code, null, null, false, null))
                .toList());
      }
    }
    return ApprovalNeeds.byDefault(number);
  }

  public int number() {
    return number;
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

  public List<ApprovalRuleTerms> rules() {
    return rules.stream().map(ApprovalRule::terms).toList();
  }
}
