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
   * Opens a round: every licensor other than the submitter's own partner must consent, and {@code
   * requiredApprovals} (1 or 2) different admins, none of them the submitter, must approve.
   */
  void open(
      LicenceDeal deal, Actor submitter, int requiredApprovals, LocalDate today, Set<Long> by) {
    if (requiredApprovals < 1 || requiredApprovals > 2) {
      throw new IllegalArgumentException("one or two approvals, not " + requiredApprovals);
    }
    this.submittedBy = submitter.username();
    this.submitterPartnerId = submitter.partnerId();
    this.submissionDate = today;
    this.requiredApprovals = requiredApprovals;
    lapse();
    for (Long partner : new TreeSet<>(by)) {
      if (!submitter.isStaffOf(partner)) {
        consents.add(new DealConsent(deal, partner));
      }
    }
  }

  /** The consents and approvals given so far lapse. */
  void lapse() {
    consents.clear();
    approvals.clear();
  }

  /** The pending consent the actor may give: their partner's, if it is asked. */
  Optional<DealConsent> pendingConsentOf(Actor actor) {
    return consents.stream().filter(c -> !c.given() && actor.isStaffOf(c.partnerId())).findFirst();
  }

  /** Records an admin's approval; true when the deal has all the approvals it needs. */
  boolean approve(LicenceDeal deal, String admin, Instant at) {
    approvals.add(new DealApproval(deal, admin, at));
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
}
