package org.institute.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.institute.core.BilingualText;
import org.institute.core.Money;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;

/**
 * A licence deal and its approval workflow. Every transition first asks {@link DealPolicy} whether
 * the actor may take it now (the workflow's move from the current state, the actor's part, the
 * rules of order), then checks what it was given; then it changes the state and writes a timeline
 * entry. Nothing changes when a check fails (docs/decisions/0010-licence-deal-workflow.md). What
 * the deal grants and costs is its {@link DealGrant}; its round of review, its {@link DealReview}.
 */
@Entity
@Table(name = "lic_deal")
public class LicenceDeal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "title_zh", length = 300)
  private String titleZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DealState state;

  @Column(name = "licensee_id", nullable = false)
  private long licenseeId;

  @ElementCollection
  @CollectionTable(name = "lic_deal_family", joinColumns = @JoinColumn(name = "deal_id"))
  @Column(name = "family_id", nullable = false)
  private Set<Long> familyIds = new LinkedHashSet<>();

  /** The co-owners of the licensed families: fixed at submission, kept current while a draft. */
  @ElementCollection
  @CollectionTable(name = "lic_deal_licensor", joinColumns = @JoinColumn(name = "deal_id"))
  @Column(name = "partner_id", nullable = false)
  private Set<Long> licensorIds = new LinkedHashSet<>();

  /**
   * Each party's row of the deal (its licensee and licensors) with the deal's state and last
   * change, kept equal to them at every change, for the partner-scoped list's index (decision
   * 0110).
   */
  @ElementCollection
  @CollectionTable(name = "lic_deal_party", joinColumns = @JoinColumn(name = "deal_id"))
  @MapKeyColumn(name = "partner_id")
  private Map<Long, DealParty> parties = new HashMap<>();

  @Embedded private DealGrant grant;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "total_value", nullable = false, precision = 19, scale = 2)
  private BigDecimal totalValue;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Embedded private DealReview review = DealReview.none();

  @Column(name = "signing_date")
  private LocalDate signingDate;

  @Column(name = "signed_document_id")
  private Long signedDocumentId;

  @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<DealEvent> events = new ArrayList<>();

  protected LicenceDeal() {}

  /** Drafts a deal: an admin or staff of one of the {@code licensors} (the families' co-owners). */
  public static LicenceDeal draft(Actor actor, DealTerms terms, Set<Long> licensors, Instant now) {
    DealTermsCheck.require(terms);
    DealPolicy.requireHandles(actor, licensors);
    LicenceDeal deal = new LicenceDeal();
    deal.apply(terms, licensors);
    deal.state = DealState.DRAFT;
    deal.createdBy = actor.username();
    deal.createdAt = now;
    deal.updatedAt = now;
    deal.keepParties();
    deal.events.add(
        new DealEvent(deal, actor, now, DealAction.CREATE, null, DealState.DRAFT, null));
    return deal;
  }

  public void revise(Actor actor, DealTerms terms, Set<Long> licensors, Instant now) {
    DealPolicy.require(DealAction.REVISE, actor, this);
    DealTermsCheck.require(terms);
    DealPolicy.requireHandles(actor, licensors);
    apply(terms, licensors);
    record(actor, now, DealAction.REVISE, state, null);
  }

  /**
   * Submits for consent and approval with what the approval policy in force decided the deal needs
   * ({@link DealReview#open}, {@link ApprovalPolicyVersion}).
   */
  public void submit(
      Actor actor, ApprovalNeeds needs, LocalDate today, Instant now, String comment) {
    DealPolicy.require(DealAction.SUBMIT, actor, this);
    review.open(this, actor, needs, today, licensorIds);
    record(actor, now, DealAction.SUBMIT, DealState.SUBMITTED, comment);
  }

  /** One of a pending co-owner's staff consents; the last consent puts the deal under review. */
  public void consent(Actor actor, Instant now, String comment) {
    DealPolicy.require(DealAction.CONSENT, actor, this);
    review.pendingConsentOf(actor).orElseThrow().give(actor.username(), now);
    DealState next =
        review.pendingConsents().isEmpty() ? DealState.UNDER_REVIEW : DealState.CONSENTS_PENDING;
    record(actor, now, DealAction.CONSENT, next, comment);
  }

  /**
   * An admin other than the drafter and the submitter approves; the last approval needed (with the
   * council's resolution, where the deal needs one) approves the deal.
   */
  public void approve(Actor actor, Instant now, String comment, String councilResolution) {
    DealPolicy.require(DealAction.APPROVE, actor, this);
    DealState next =
        review.approve(this, actor, now, councilResolution)
            ? DealState.APPROVED
            : DealState.UNDER_REVIEW;
    record(actor, now, DealAction.APPROVE, next, comment);
  }

  public void reject(Actor actor, Instant now, String reason) {
    DealPolicy.require(DealAction.REJECT, actor, this);
    record(actor, now, DealAction.REJECT, DealState.REJECTED, DealComments.reason(reason));
  }

  /**
   * Sends the deal back to the licensor side: an admin, or staff of a co-owner whose consent is
   * pending (their way of saying "not like this"). Consents and approvals given so far lapse.
   */
  public void requestChanges(Actor actor, Instant now, String reason) {
    DealPolicy.require(DealAction.REQUEST_CHANGES, actor, this);
    String why = DealComments.reason(reason);
    review.lapse();
    record(actor, now, DealAction.REQUEST_CHANGES, DealState.CHANGES_REQUESTED, why);
  }

  /** Records the signature: the signing date and the stored signed agreement. */
  public void execute(
      Actor actor,
      LocalDate signing,
      long documentId,
      LocalDate today,
      Instant now,
      String comment) {
    DealPolicy.require(DealAction.EXECUTE, actor, this);
    review.requireSigning(signing, today);
    this.signingDate = signing;
    this.signedDocumentId = documentId;
    record(actor, now, DealAction.EXECUTE, DealState.EXECUTED, comment);
  }

  /** The term has begun: an executed deal becomes active. Done by the system. */
  public boolean activateIfDue(LocalDate today, Instant now) {
    LocalDate start = grant.termStart();
    if (!DealTransitions.allowed(DealAction.ACTIVATE, state) || start.isAfter(today)) {
      return false;
    }
    record(Actor.system(), now, DealAction.ACTIVATE, DealState.ACTIVE, "term started " + start);
    return true;
  }

  /** The term has ended: an active deal expires. Done by the system. */
  public boolean expireIfDue(LocalDate today, Instant now) {
    LocalDate end = grant.termEnd();
    if (!DealTransitions.allowed(DealAction.EXPIRE, state) || !end.isBefore(today)) {
      return false;
    }
    record(Actor.system(), now, DealAction.EXPIRE, DealState.EXPIRED, "term ended " + end);
    return true;
  }

  public void terminate(Actor actor, Instant now, String reason) {
    DealPolicy.require(DealAction.TERMINATE, actor, this);
    record(actor, now, DealAction.TERMINATE, DealState.TERMINATED, DealComments.reason(reason));
  }

  /** Whether the partner's staff see the deal at all: staff of a licensor or of the licensee. */
  public boolean isParty(Long partnerId) {
    return partnerId != null && (partnerId == licenseeId || licensorIds.contains(partnerId));
  }

  private void apply(DealTerms terms, Set<Long> licensors) {
    BilingualText titles = BilingualText.of(terms.title(), terms.titleZh());
    this.title = titles.en();
    this.titleZh = titles.zh();
    this.licenseeId = terms.licenseeId();
    this.familyIds.clear();
    this.familyIds.addAll(terms.familyIds());
    this.licensorIds.clear();
    this.licensorIds.addAll(new TreeSet<>(licensors));
    this.grant = DealGrant.of(terms);
    this.currency = terms.currency();
    this.totalValue = DealTermsCheck.totalValue(terms).amount();
  }

  private void record(Actor actor, Instant now, DealAction action, DealState next, String comment) {
    events.add(
        new DealEvent(this, actor, now, action, state, next, DealComments.optional(comment)));
    this.state = next;
    this.updatedAt = now;
    keepParties();
  }

  /** The parties' rows as the deal now stands: one per partner, the licensee's included. */
  private void keepParties() {
    DealParty now = new DealParty(state, updatedAt);
    Set<Long> partners = new TreeSet<>(licensorIds);
    partners.add(licenseeId);
    parties.keySet().retainAll(partners);
    for (Long partner : partners) {
      if (!now.equals(parties.get(partner))) {
        parties.put(partner, now);
      }
    }
  }

  /** The partners with a row in the parties' index, with what it carries. */
  public Map<Long, DealParty> parties() {
    return Collections.unmodifiableMap(parties);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public DealState state() {
    return state;
  }

  public String title() {
    return title;
  }

  /** The title in both languages (the Chinese one optional). */
  public BilingualText titles() {
    return BilingualText.of(title, titleZh);
  }

  public long licenseeId() {
    return licenseeId;
  }

  public Set<Long> familyIds() {
    return Collections.unmodifiableSet(familyIds);
  }

  public Set<Long> licensorIds() {
    return Collections.unmodifiableSet(licensorIds);
  }

  public Money totalValue() {
    return Money.of(totalValue, Currency.getInstance(currency));
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  /** What it grants and costs. */
  public DealGrant grant() {
    return grant;
  }

  /** Its round of review: submitter, consents, approvals. */
  public DealReview review() {
    return review;
  }

  public List<DealEvent> events() {
    return Collections.unmodifiableList(events);
  }

  public LocalDate signingDate() {
    return signingDate;
  }

  public Long signedDocumentId() {
    return signedDocumentId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public DealTerms terms() {
    return grant.terms(title, titleZh, licenseeId, List.copyOf(familyIds), currency);
  }
}
