package org.institute.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.NamedRoleNeed;

/**
 * A licence deal's round of review: who submitted it and when, how many admins must approve it, the
 * co-owners' consents asked and given, and the approvals given. A new submission opens a new round;
 * a request for changes lets the consents and approvals lapse. Nobody, zero and nothing while the
 * deal is a draft never submitted. Columns of the deal's own table, and its consents and approvals.
 */
@Embeddable
public class DealReview {

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitter_partner_id")
  private Long submitterPartnerId;

  @Column(name = "submission_date")
  private LocalDate submissionDate;

  @Column(name = "required_approvals", nullable = false)
  private int requiredApprovals;

  @Column(name = "approval_policy_version")
  private Integer policyVersion;

  @Column(name = "approval_rule", length = 120)
  private String rule;

  @Column(name = "co_owner_consent", nullable = false)
  private boolean coOwnerConsent = true;

  @Column(name = "council_resolution_required", nullable = false)
  private boolean councilResolutionRequired;

  @Column(name = "council_resolution", length = 200)
  private String councilResolution;

  /** The codes of the named approver roles needed (decision 0108), separated by commas. */
  @Column(name = "named_roles", nullable = false, length = 500)
  private String namedRoles = "";

  @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("partnerId")
  private List<DealConsent> consents = new ArrayList<>();

  @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("approvedAt")
  private List<DealApproval> approvals = new ArrayList<>();

  protected DealReview() {}

  static DealReview none() {
    return new DealReview();
  }

  /**
   * Opens a round with what the approval policy decided the deal needs (decision 0102): every
   * licensor other than the submitter's own partner must consent when the policy asks for it, and
   * the needed number of different admins, none of them the drafter or the submitter, must approve,
   * with the council's resolution recorded where the policy asks for it.
   */
  void open(LicenceDeal deal, Actor submitter, ApprovalNeeds needs, LocalDate today, Set<Long> by) {
    if (needs.adminApprovals() < 1 || needs.adminApprovals() > ApprovalPolicyCheck.MAX_APPROVALS) {
      throw new IllegalArgumentException("1 to 5 approvals, not " + needs.adminApprovals());
    }
    this.submittedBy = submitter.username();
    this.submitterPartnerId = submitter.partnerId();
    this.submissionDate = today;
    this.requiredApprovals = needs.adminApprovals();
    this.policyVersion = needs.policyVersion();
    this.rule = needs.rule();
    this.coOwnerConsent = needs.coOwnerConsent();
    this.councilResolutionRequired = needs.councilResolution();
    this.namedRoles = String.join(",", needs.namedRoleCodes());
    lapse();
    if (needs.coOwnerConsent()) {
      for (Long partner : new TreeSet<>(by)) {
        if (!submitter.isStaffOf(partner)) {
          consents.add(new DealConsent(deal, partner));
        }
      }
    }
  }

  /** The consents and approvals given so far lapse, and the council's resolution recorded. */
  void lapse() {
    consents.clear();
    approvals.clear();
    councilResolution = null;
  }

  /** The pending consent the actor may give: their partner's, if it is asked. */
  Optional<DealConsent> pendingConsentOf(Actor actor) {
    return consents.stream().filter(c -> !c.given() && actor.isStaffOf(c.partnerId())).findFirst();
  }

  /**
   * Records an admin's approval, with the council's resolution where the deal needs one and it is
   * given; the approval meets every pending named role the admin holds (decision 0108) and counts
   * toward the number of admin approvals. True when the deal has all it needs.
   *
   * @throws InvalidCommandException naming {@code councilResolution} when this approval would be
   *     the last one needed and the council's resolution is neither recorded nor given
   */
  boolean approve(LicenceDeal deal, Actor admin, Instant at, String resolution) {
    String given = resolution == null || resolution.isBlank() ? null : resolution.strip();
    if (given != null && given.length() > 200) {
      throw InvalidCommandException.of("councilResolution", "field.tooLong");
    }
    List<String> meets = pendingRolesHeldBy(admin);
    boolean last =
        approvals.size() + 1 >= requiredApprovals && pendingRoleCodes().size() == meets.size();
    if (councilResolutionRequired && councilResolution == null && given == null && last) {
      throw InvalidCommandException.of(
          "councilResolution", "licensing.deal.councilResolution.required");
    }
    if (councilResolutionRequired && councilResolution == null && given != null) {
      councilResolution = given;
    }
    approvals.add(new DealApproval(deal, admin.username(), at, meets));
    return approvals.size() >= requiredApprovals
        && pendingRoleCodes().isEmpty()
        && (!councilResolutionRequired || councilResolution != null);
  }

  /** The codes of the named roles needed in this round that no holder has approved yet. */
  List<String> pendingRoleCodes() {
    Set<String> met = new java.util.HashSet<>();
    approvals.forEach(a -> met.addAll(a.forRoles()));
    return ApprovalRule.codes(namedRoles).stream().filter(c -> !met.contains(c)).toList();
  }

  /** The pending named roles that the actor holds: those their approval would meet. */
  List<String> pendingRolesHeldBy(Actor actor) {
    return pendingRoleCodes().stream().filter(actor.approverRoles()::contains).toList();
  }

  /** Whether enough admins approved, so that only named roles (if any) are still waited for. */
  boolean adminApprovalsComplete() {
    return approvals.size() >= requiredApprovals;
  }

  /** Refuses a signing date missing, in the future or before the submission. */
  void requireSigning(LocalDate signing, LocalDate today) {
    if (signing == null) {
      throw InvalidCommandException.of("signingDate", "field.required");
    }
    if (signing.isAfter(today) || (submissionDate != null && signing.isBefore(submissionDate))) {
      throw InvalidCommandException.of("signingDate", "licensing.deal.signingDate.invalid");
    }
  }

  /** The partners whose consent is asked and not yet given. */
  public List<Long> pendingConsents() {
    return consents.stream().filter(c -> !c.given()).map(DealConsent::partnerId).toList();
  }

  public List<DealConsent> consents() {
    return Collections.unmodifiableList(consents);
  }

  public List<String> approvedBy() {
    return approvals.stream().map(DealApproval::approvedBy).toList();
  }

  /** The submitter's username; null for a draft never submitted. */
  public String submittedBy() {
    return submittedBy;
  }

  public LocalDate submissionDate() {
    return submissionDate;
  }

  public int requiredApprovals() {
    return requiredApprovals;
  }

  /**
   * What the deal needs, as the policy decided at its submission; empty for a draft never
   * submitted.
   */
  public Optional<ApprovalNeeds> needs() {
    if (submittedBy == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ApprovalNeeds(
            policyVersion == null ? 0 : policyVersion,
            rule,
            requiredApprovals,
            coOwnerConsent,
            councilResolutionRequired,
            namedRoleNeeds()));
  }

  private List<NamedRoleNeed> namedRoleNeeds() {
    List<NamedRoleNeed> needs = new ArrayList<>();
    for (String code : ApprovalRule.codes(namedRoles)) {
      String by =
          approvals.stream()
              .filter(a -> a.forRoles().contains(code))
              .map(DealApproval::approvedBy)
              .findFirst()
              .orElse(null);
      needs.add(new NamedRoleNeed(code, null, null, by != null, by));
    }
    return needs;
  }

  /** The council's resolution recorded for this round, if the deal needs and has one. */
  public Optional<String> councilResolution() {
    return Optional.ofNullable(councilResolution);
  }
}
