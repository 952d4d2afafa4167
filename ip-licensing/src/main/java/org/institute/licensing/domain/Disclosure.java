package org.institute.licensing.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.DisclosureAction;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.Share;
import org.institute.licensing.TechnologyField;

/**
 * An invention disclosed to the IP office. Submitted by staff of a partner with inventors on it (or
 * an admin); reviewed by an admin: accepted (a patent family follows), sent back, or declined.
 */
@Entity
@Table(name = "lic_disclosure")
public class Disclosure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DisclosureState state;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "title_zh", length = 300)
  private String titleZh;

  @Enumerated(EnumType.STRING)
  @Column(name = "technology_field", length = 32)
  private TechnologyField technologyField;

  @Column(name = "abstract_text", nullable = false, length = 4000)
  private String abstractText;

  @Column(name = "research_project", length = 200)
  private String researchProject;

  @Column(name = "first_public_disclosure")
  private LocalDate firstPublicDisclosure;

  @ElementCollection
  @CollectionTable(
      name = "lic_disclosure_inventor",
      joinColumns = @JoinColumn(name = "disclosure_id"))
  @OrderColumn(name = "inventor_index")
  private List<InventorEntry> inventors = new ArrayList<>();

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @Column(name = "submitter_partner_id")
  private Long submitterPartnerId;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "review_comment", length = 2000)
  private String reviewComment;

  @Column(name = "family_id")
  private Long familyId;

  protected Disclosure() {}

  public static Disclosure submit(Actor actor, NewDisclosure d, Instant now) {
    requireValid(d);
    requireSubmitter(actor, d);
    Disclosure disclosure = new Disclosure();
    disclosure.apply(d);
    disclosure.state = DisclosureState.SUBMITTED;
    disclosure.submittedBy = actor.username();
    disclosure.submitterPartnerId = actor.partnerId();
    disclosure.submittedAt = now;
    disclosure.updatedAt = now;
    return disclosure;
  }

  public void revise(Actor actor, NewDisclosure d, Instant now) {
    requireState(DisclosureState.CHANGES_REQUESTED, "revised");
    if (!mayRevise(actor)) {
      throw new AccessRefusedException("revise: the submitting partner's staff or an admin");
    }
    requireValid(d);
    requireSubmitter(actor, d);
    apply(d);
    state = DisclosureState.SUBMITTED;
    updatedAt = now;
  }

  /**
   * Accepts; returns the new family's co-owners: each inventor's partner with the sum of its
   * inventors' contributions.
   */
  public List<Share> accept(Actor actor, String comment, Instant now) {
    review(actor, "accepted");
    reviewedBy = actor.username();
    reviewComment = clean(comment, false);
    state = DisclosureState.ACCEPTED;
    updatedAt = now;
    Map<Long, BigDecimal> shares = new TreeMap<>();
    inventors.forEach(
        i -> shares.merge(i.inventor().partnerId(), i.inventor().contribution(), BigDecimal::add));
    return shares.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue())).toList();
  }

  public void linkFamily(long family) {
    this.familyId = family;
  }

  public void requestChanges(Actor actor, String reason, Instant now) {
    review(actor, "sent back");
    reviewedBy = actor.username();
    reviewComment = clean(reason, true);
    state = DisclosureState.CHANGES_REQUESTED;
    updatedAt = now;
  }

  public void decline(Actor actor, String reason, Instant now) {
    review(actor, "declined");
    reviewedBy = actor.username();
    reviewComment = clean(reason, true);
    state = DisclosureState.DECLINED;
    updatedAt = now;
  }

  public boolean concerns(Long partner) {
    return partner != null
        && (partner.equals(submitterPartnerId)
            || inventors.stream().anyMatch(i -> i.inventor().partnerId() == partner));
  }

  /** What the actor may do to the disclosure now. */
  public Set<DisclosureAction> allowedFor(Actor actor) {
    Set<DisclosureAction> allowed = EnumSet.noneOf(DisclosureAction.class);
    if (state == DisclosureState.CHANGES_REQUESTED && mayRevise(actor)) {
      allowed.add(DisclosureAction.REVISE);
    }
    if (state == DisclosureState.SUBMITTED && mayReview(actor)) {
      allowed.addAll(
          EnumSet.of(
              DisclosureAction.ACCEPT, DisclosureAction.REQUEST_CHANGES, DisclosureAction.DECLINE));
    }
    return allowed;
  }

  private boolean mayRevise(Actor actor) {
    return actor.admin() || actor.isStaffOf(submitterPartnerId);
  }

  private static boolean mayReview(Actor actor) {
    return actor.admin();
  }

  private void review(Actor actor, String what) {
    requireState(DisclosureState.SUBMITTED, what);
    if (!mayReview(actor)) {
      throw new AccessRefusedException("reviewing disclosures: the IP office (admins) only");
    }
  }

  private void requireState(DisclosureState expected, String what) {
    if (state != expected) {
      throw new ConflictException(
          "The disclosure is " + state + " now; it cannot be " + what + ".");
    }
  }

  private static void requireSubmitter(Actor actor, NewDisclosure d) {
    if (actor.admin()) {
      return;
    }
    if (actor.partnerId() == null
        || d.inventors().stream().noneMatch(i -> actor.isStaffOf(i.partnerId()))) {
      throw new AccessRefusedException(
          "disclosing: staff of a partner with an inventor on the disclosure");
    }
  }

  private static void requireValid(NewDisclosure d) {
    var problems = DisclosureRules.violations(d);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private static String clean(String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw InvalidCommandException.of("comment", "licensing.deal.reason.required");
      }
      return null;
    }
    if (text.length() > 2000) {
      throw InvalidCommandException.of("comment", "field.tooLong");
    }
    return text.trim();
  }

  private void apply(NewDisclosure d) {
    title = d.title().trim();
    titleZh = d.titleZh() == null || d.titleZh().isBlank() ? null : d.titleZh().trim();
    technologyField = d.technologyField();
    abstractText = d.abstractText().trim();
    researchProject =
        d.researchProject() == null || d.researchProject().isBlank()
            ? null
            : d.researchProject().trim();
    firstPublicDisclosure = d.firstPublicDisclosure();
    inventors.clear();
    d.inventors().forEach(i -> inventors.add(new InventorEntry(i)));
  }

  public Long id() {
    return id;
  }

  public DisclosureState state() {
    return state;
  }

  public String title() {
    return title;
  }

  /** The field as the patent family an acceptance creates records it; none if not given. */
  public String technologyFieldText() {
    return technologyField == null ? null : technologyField.text();
  }

  /** Its inventors, as the family it is accepted into takes them over. */
  public List<Inventor> inventors() {
    return inventors.stream().map(InventorEntry::inventor).toList();
  }

  /** The view, with what the reader may do to the disclosure. */
  public DisclosureView view(Set<DisclosureAction> allowedActions) {
    List<Inventor> list = inventors.stream().map(InventorEntry::inventor).toList();
    return new DisclosureView(
        id == null ? 0 : id,
        version,
        state,
        title,
        titleZh,
        technologyField,
        abstractText,
        researchProject,
        firstPublicDisclosure,
        list,
        submittedBy,
        submittedAt,
        reviewedBy,
        reviewComment,
        familyId,
        allowedActions);
  }
}
