package org.institute.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;

/**
 * A licence deal and its approval workflow. Every transition checks, in this order, that the
 * workflow has the move from the current state ({@link DealTransitions}), that the actor may make
 * it, and the move's own rules; then it changes the state and writes a timeline entry. Nothing
 * changes when a check fails (docs/decisions/0010-licence-deal-workflow.md).
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

  @Column(name = "field_of_use", nullable = false, length = 500)
  private String fieldOfUse;

  @Column(nullable = false, length = 300)
  private String territory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Exclusivity exclusivity;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "upfront_fee", nullable = false, precision = 19, scale = 2)
  private BigDecimal upfrontFee;

  @Column(name = "royalty_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal royaltyPercent;

  @Column(name = "annual_minimum", nullable = false, precision = 19, scale = 2)
  private BigDecimal annualMinimum;

  @ElementCollection
  @CollectionTable(name = "lic_deal_milestone", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "milestone_index")
  private List<Milestone> milestones = new ArrayList<>();

  @Column(name = "total_value", nullable = false, precision = 19, scale = 2)
  private BigDecimal totalValue;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitter_partner_id")
  private Long submitterPartnerId;

  @Column(name = "submission_date")
  private LocalDate submissionDate;

  @Column(name = "required_approvals", nullable = false)
  private int requiredApprovals;

  @Column(name = "signing_date")
  private LocalDate signingDate;

  @Column(name = "signed_document_id")
  private Long signedDocumentId;

  @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("partnerId")
  private List<DealConsent> consents = new ArrayList<>();

  @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("approvedAt")
  private List<DealApproval> approvals = new ArrayList<>();

  @OneToMany(mappedBy = "deal", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<DealEvent> events = new ArrayList<>();

  protected LicenceDeal() {}

  /**
   * Drafts a deal. The actor must be an admin or staff of one of the licensors (the co-owners of
   * the licensed families, given as {@code licensors}).
   */
  public static LicenceDeal draft(Actor actor, DealTerms terms, Set<Long> licensors, Instant now) {
    requireValid(terms);
    requireDrafter(actor, licensors);
    LicenceDeal deal = new LicenceDeal();
    deal.apply(terms, licensors);
    deal.state = DealState.DRAFT;
    deal.createdBy = actor.username();
    deal.createdAt = now;
    deal.updatedAt = now;
    deal.events.add(
        new DealEvent(deal, actor, now, DealAction.CREATE, null, DealState.DRAFT, null));
    return deal;
  }

  public void revise(Actor actor, DealTerms terms, Set<Long> licensors, Instant now) {
    requireMove(DealAction.REVISE);
    requireDrafter(actor, licensorIds);
    requireValid(terms);
    requireDrafter(actor, licensors);
    apply(terms, licensors);
    record(actor, now, DealAction.REVISE, state, null);
  }

  /**
   * Submits for consent and approval. Every licensor other than the submitter's own partner must
   * consent; {@code requiredApprovals} (1 or 2, from {@link ApprovalPolicy}) different admins, none
   * of them the submitter, must approve.
   */
  public void submit(
      Actor actor, int requiredApprovals, LocalDate today, Instant now, String comment) {
    requireMove(DealAction.SUBMIT);
    requireDrafter(actor, licensorIds);
    if (requiredApprovals < 1 || requiredApprovals > 2) {
      throw new IllegalArgumentException("one or two approvals, not " + requiredApprovals);
    }
    this.submittedBy = actor.username();
    this.submitterPartnerId = actor.partnerId();
    this.submissionDate = today;
    this.requiredApprovals = requiredApprovals;
    consents.clear();
    approvals.clear();
    for (Long partner : new TreeSet<>(licensorIds)) {
      if (!actor.isStaffOf(partner)) {
        consents.add(new DealConsent(this, partner));
      }
    }
    record(actor, now, DealAction.SUBMIT, DealState.SUBMITTED, comment);
  }

  /** One of a pending co-owner's staff consents; the last consent puts the deal under review. */
  public void consent(Actor actor, Instant now, String comment) {
    requireMove(DealAction.CONSENT);
    DealConsent pending =
        consents.stream()
            .filter(c -> !c.given() && actor.isStaffOf(c.partnerId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new AccessRefusedException(
                        "consent: only staff of a co-owner whose consent is pending"));
    pending.give(actor.username(), now);
    DealState next =
        pendingConsents().isEmpty() ? DealState.UNDER_REVIEW : DealState.CONSENTS_PENDING;
    record(actor, now, DealAction.CONSENT, next, comment);
  }

  /** An admin other than the submitter approves; the last required approval approves the deal. */
  public void approve(Actor actor, Instant now, String comment) {
    requireMove(DealAction.APPROVE);
    if (!actor.admin()) {
      throw new AccessRefusedException("approve: admins only");
    }
    if (actor.username().equals(submittedBy)) {
      throw new AccessRefusedException("approve: the submitter may not approve (four eyes)");
    }
    if (!pendingConsents().isEmpty()) {
      throw new ConflictException("The deal still waits for the co-owners' consent.");
    }
    if (approvals.stream().anyMatch(a -> a.approvedBy().equals(actor.username()))) {
      throw new ConflictException(
          "You have approved this deal already; another admin must approve it.");
    }
    approvals.add(new DealApproval(this, actor.username(), now));
    DealState next =
        approvals.size() >= requiredApprovals ? DealState.APPROVED : DealState.UNDER_REVIEW;
    record(actor, now, DealAction.APPROVE, next, comment);
  }

  public void reject(Actor actor, Instant now, String reason) {
    requireMove(DealAction.REJECT);
    if (!actor.admin()) {
      throw new AccessRefusedException("reject: admins only");
    }
    requireReason(reason);
    record(actor, now, DealAction.REJECT, DealState.REJECTED, reason);
  }

  /**
   * Sends the deal back to the licensor side: an admin, or staff of a co-owner whose consent is
   * pending (their way of saying "not like this"). Consents and approvals given so far lapse.
   */
  public void requestChanges(Actor actor, Instant now, String reason) {
    requireMove(DealAction.REQUEST_CHANGES);
    boolean pendingCoOwner =
        consents.stream().anyMatch(c -> !c.given() && actor.isStaffOf(c.partnerId()));
    if (!actor.admin() && !pendingCoOwner) {
      throw new AccessRefusedException("request changes: admins or a co-owner asked for consent");
    }
    requireReason(reason);
    consents.clear();
    approvals.clear();
    record(actor, now, DealAction.REQUEST_CHANGES, DealState.CHANGES_REQUESTED, reason);
  }

  /** Records the signature: the signing date and the stored signed agreement. */
  public void execute(
      Actor actor,
      LocalDate signing,
      long documentId,
      LocalDate today,
      Instant now,
      String comment) {
    requireMove(DealAction.EXECUTE);
    requireDrafter(actor, licensorIds);
    if (signing == null) {
      throw InvalidCommandException.of("signingDate", "field.required");
    }
    if (signing.isAfter(today) || (submissionDate != null && signing.isBefore(submissionDate))) {
      throw InvalidCommandException.of("signingDate", "licensing.deal.signingDate.invalid");
    }
    this.signingDate = signing;
    this.signedDocumentId = documentId;
    record(actor, now, DealAction.EXECUTE, DealState.EXECUTED, comment);
  }

  /** The term has begun: an executed deal becomes active. Done by the system. */
  public boolean activateIfDue(LocalDate today, Instant now) {
    if (!DealTransitions.allowed(DealAction.ACTIVATE, state) || termStart.isAfter(today)) {
      return false;
    }
    record(Actor.system(), now, DealAction.ACTIVATE, DealState.ACTIVE, "term started " + termStart);
    return true;
  }

  /** The term has ended: an active deal expires. Done by the system. */
  public boolean expireIfDue(LocalDate today, Instant now) {
    if (!DealTransitions.allowed(DealAction.EXPIRE, state) || !termEnd.isBefore(today)) {
      return false;
    }
    record(Actor.system(), now, DealAction.EXPIRE, DealState.EXPIRED, "term ended " + termEnd);
    return true;
  }

  public void terminate(Actor actor, Instant now, String reason) {
    requireMove(DealAction.TERMINATE);
    if (!actor.admin()) {
      throw new AccessRefusedException("terminate: admins only");
    }
    requireReason(reason);
    record(actor, now, DealAction.TERMINATE, DealState.TERMINATED, reason);
  }

  /** Whether the actor sees the deal at all: admins, and staff of a licensor or of the licensee. */
  public boolean isParty(Long partnerId) {
    return partnerId != null && (partnerId == licenseeId || licensorIds.contains(partnerId));
  }

  public List<Long> pendingConsents() {
    return consents.stream().filter(c -> !c.given()).map(DealConsent::partnerId).toList();
  }

  private void apply(DealTerms terms, Set<Long> licensors) {
    this.title = terms.title().trim();
    this.licenseeId = terms.licenseeId();
    this.familyIds.clear();
    this.familyIds.addAll(terms.familyIds());
    this.licensorIds.clear();
    this.licensorIds.addAll(new TreeSet<>(licensors));
    this.fieldOfUse = terms.fieldOfUse().trim();
    this.territory = terms.territory().trim();
    this.exclusivity = terms.exclusivity();
    this.termStart = terms.termStart();
    this.termEnd = terms.termEnd();
    this.currency = terms.currency();
    this.upfrontFee = terms.upfrontFee();
    this.royaltyPercent = terms.royaltyPercent();
    this.annualMinimum = terms.annualMinimum();
    this.milestones.clear();
    terms.milestones().forEach(m -> milestones.add(new Milestone(m)));
    this.totalValue = DealTermsCheck.totalValue(terms).amount();
  }

  private void record(Actor actor, Instant now, DealAction action, DealState next, String comment) {
    events.add(new DealEvent(this, actor, now, action, state, next, clean(comment)));
    this.state = next;
    this.updatedAt = now;
  }

  private void requireMove(DealAction action) {
    if (!DealTransitions.allowed(action, state)) {
      throw new ConflictException(
          "The deal is " + state + " now; " + action + " is not possible in that state.");
    }
  }

  private static void requireDrafter(Actor actor, Set<Long> licensors) {
    if (!actor.admin() && (actor.partnerId() == null || !licensors.contains(actor.partnerId()))) {
      throw new AccessRefusedException("only an admin or staff of a licensor handle the deal");
    }
  }

  private static void requireValid(DealTerms terms) {
    var problems = DealTermsCheck.violations(terms);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidCommandException.of("comment", "licensing.deal.reason.required");
    }
    if (reason.length() > 2000) {
      throw InvalidCommandException.of("comment", "field.tooLong");
    }
  }

  private static String clean(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    if (comment.length() > 2000) {
      throw InvalidCommandException.of("comment", "field.tooLong");
    }
    return comment.trim();
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

  public String submittedBy() {
    return submittedBy;
  }

  public LocalDate submissionDate() {
    return submissionDate;
  }

  public int requiredApprovals() {
    return requiredApprovals;
  }

  public List<String> approvedBy() {
    return approvals.stream().map(DealApproval::approvedBy).toList();
  }

  public List<DealConsent> consents() {
    return Collections.unmodifiableList(consents);
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

  public Instant updatedAt() {
    return updatedAt;
  }

  public DealTerms terms() {
    return new DealTerms(
        title,
        licenseeId,
        List.copyOf(familyIds),
        fieldOfUse,
        territory,
        exclusivity,
        termStart,
        termEnd,
        currency,
        upfrontFee,
        royaltyPercent,
        annualMinimum,
        milestones.stream().map(Milestone::term).toList());
  }
}
