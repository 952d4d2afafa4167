package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Documents;
import org.institute.core.RecordNotFoundException;
import org.institute.core.StoredDocument;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.ConsentView;
import org.institute.licensing.DealEventView;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealView;
import org.institute.licensing.InboxPage;
import org.institute.licensing.InboxRow;
import org.institute.licensing.LicenceDeals.SignedAgreement;
import org.institute.licensing.domain.ApproverRole;
import org.institute.licensing.domain.DealEvent;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.DealReview;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.partners.PartnerDirectory;

/**
 * Licence deals as their readers see them: within the caller's scope (a deal outside it is absent,
 * never forbidden), named, and with the steps the caller may take ({@link LicensingPolicy}).
 */
@ApplicationScoped
@Transactional
class DealReadModel {

  @Inject private DealRepository deals;
  @Inject private PartnerDirectory partners;
  @Inject private Documents documents;
  @Inject private LicensingPolicy policy;
  @Inject private ApproverRoleService approverRoles;

  Optional<DealView> find(long id) {
    return deals.find(id).filter(policy::mayRead).map(this::view);
  }

  /**
   * The deal, if the caller reads it.
   *
   * @throws RecordNotFoundException when it does not exist or lies outside the caller's scope
   */
  LicenceDeal visible(long id) {
    return deals
        .find(id)
        .filter(policy::mayRead)
        .orElseThrow(() -> new RecordNotFoundException("licence deal " + id));
  }

  DealPage list(DealQuery query, int offset, int limit) {
    var scope = policy.readScope();
    DealQuery q = query == null ? DealQuery.all() : query;
    q.order();
    java.util.Set<Long> partnersNamed =
        q.search().map(s -> PartnerNames.of(partners).matching(s)).orElse(java.util.Set.of());
    List<DealRow> rows = deals.rows(q, partnersNamed, scope, offset, limit);
    return new DealPage(named(rows), deals.count(q, partnersNamed, scope), offset, limit);
  }

  org.institute.core.Slice<DealRow> slice(DealQuery query, org.institute.core.PageRequest page) {
    var scope = policy.readScope();
    DealQuery q = query == null ? DealQuery.all() : query;
    q.order();
    java.util.Set<Long> partnersNamed =
        q.search().map(s -> PartnerNames.of(partners).matching(s)).orElse(java.util.Set.of());
    var slice = deals.slice(q, partnersNamed, scope, page);
    return new org.institute.core.Slice<>(named(slice.items()), slice.next(), slice.total());
  }

  Map<DealState, Long> countByState() {
    return deals.countByState(policy.readScope());
  }

  /**
   * The counts per state and a page by position; the page's total is the count of its state (or of
   * every state) when the query selects by nothing else, as both then count the same deals.
   */
  org.institute.licensing.DealPipeline pipeline(DealQuery query, int offset, int limit) {
    var scope = policy.readScope();
    DealQuery q = query == null ? DealQuery.all() : query;
    q.order();
    Map<DealState, Long> counts = deals.countByState(scope);
    if (q.search().isPresent()
        || q.partnerId() != null
        || q.updatedFrom() != null
        || q.updatedTo() != null) {
      return new org.institute.licensing.DealPipeline(counts, list(q, offset, limit));
    }
    long total =
        q.state() == null
            ? counts.values().stream().mapToLong(Long::longValue).sum()
            : counts.getOrDefault(q.state(), 0L);
    List<DealRow> rows = deals.rows(q, java.util.Set.of(), scope, offset, limit);
    return new org.institute.licensing.DealPipeline(
        counts, new DealPage(named(rows), total, offset, limit));
  }

  InboxPage inbox(int offset, int limit) {
    policy.readScope();
    boolean admin = policy.approvesDeals();
    Long partner = policy.consentingPartner().orElse(null);
    if (!admin && partner == null) {
      return new InboxPage(List.of(), 0, offset, limit);
    }
    String me = policy.actorName();
    List<InboxRow> rows = inboxRows(deals.inbox(admin, partner, me, offset, limit));
    return new InboxPage(rows, deals.inboxCount(admin, partner, me), offset, limit);
  }

  /** The same inbox by keyset, what has waited longest first (decision 0125). */
  org.institute.core.Slice<InboxRow> inbox(org.institute.core.PageRequest page) {
    policy.readScope();
    boolean admin = policy.approvesDeals();
    Long partner = policy.consentingPartner().orElse(null);
    if (!admin && partner == null) {
      return new org.institute.core.Slice<>(List.of(), null, page.countExact() ? 0L : null);
    }
    org.institute.core.Slice<DealRepository.InboxEntry> entries =
        deals.inbox(admin, partner, policy.actorName(), page);
    return new org.institute.core.Slice<>(
        inboxRows(entries.items()), entries.next(), entries.total());
  }

  /**
   * An inbox's rows with the licensees' names (as every deal list names them, {@link #named}) and
   * the steps the caller may take on each.
   */
  private List<InboxRow> inboxRows(List<DealRepository.InboxEntry> entries) {
    List<DealRow> rows = named(entries.stream().map(DealRepository.InboxEntry::row).toList());
    List<InboxRow> inbox = new java.util.ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      DealRow r = rows.get(i);
      inbox.add(
          new InboxRow(
              r.id(),
              r.title(),
              r.titleZh(),
              r.state(),
              r.licenseeId(),
              r.licenseeName(),
              r.licenseeNameZh(),
              r.currency(),
              r.totalValue(),
              r.submittedBy(),
              r.updatedAt(),
              r.version(),
              policy.inboxActions(entries.get(i).awaitsConsent())));
    }
    return inbox;
  }

  Optional<SignedAgreement> signedAgreement(long dealId) {
    LicenceDeal deal = visible(dealId);
    if (deal.signedDocumentId() == null) {
      return Optional.empty();
    }
    Optional<StoredDocument> doc = documents.find(deal.signedDocumentId());
    return doc.flatMap(
        d -> documents.content(d.id()).map(bytes -> new SignedAgreement(d.fileName(), bytes)));
  }

  /** The deal's view, with the steps the caller may take on it now. */
  DealView view(LicenceDeal d) {
    DealReview review = d.review();
    java.util.Set<Long> named = new java.util.HashSet<>(d.licensorIds());
    named.add(d.licenseeId());
    review.consents().forEach(c -> named.add(c.partnerId()));
    PartnerNames names = PartnerNames.of(partners, named);
    List<ConsentView> consents =
        review.consents().stream()
            .map(
                c ->
                    new ConsentView(
                        c.partnerId(),
                        names.name(c.partnerId()),
                        names.nameZh(c.partnerId()),
                        c.givenBy(),
                        c.givenAt()))
            .toList();
    List<DealEventView> timeline = d.events().stream().map(DealEvent::view).toList();
    return new DealView(
        d.id(),
        d.version(),
        d.state(),
        d.terms(),
        names.name(d.licenseeId()),
        names.nameZh(d.licenseeId()),
        d.licensorIds().stream()
            .map(p -> new DealView.PartyView(p, names.code(p), names.name(p), names.nameZh(p)))
            .toList(),
        d.totalValue().amount(),
        d.createdBy(),
        d.createdAt(),
        review.submittedBy(),
        review.submissionDate(),
        review.requiredApprovals(),
        review.approvedBy(),
        review.needs().map(this::named).orElse(null),
        review.councilResolution().orElse(null),
        consents,
        d.signingDate(),
        d.signedDocumentId(),
        timeline,
        policy.dealActions(d));
  }

  /** The needs with the named roles' names (decision 0108); a role since removed keeps its code. */
  private ApprovalNeeds named(ApprovalNeeds needs) {
    if (needs.namedRoles().isEmpty()) {
      return needs;
    }
    Map<String, ApproverRole> roles = approverRoles.byCode();
    return new ApprovalNeeds(
        needs.policyVersion(),
        needs.rule(),
        needs.adminApprovals(),
        needs.coOwnerConsent(),
        needs.councilResolution(),
        needs.namedRoles().stream()
            .map(
                n ->
                    roles.containsKey(n.code())
                        ? n.named(roles.get(n.code()).name(), roles.get(n.code()).nameZh())
                        : n)
            .toList());
  }

  private List<DealRow> named(List<DealRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    PartnerNames names =
        PartnerNames.of(partners, rows.stream().map(DealRow::licenseeId).distinct().toList());
    return rows.stream()
        .map(
            r ->
                new DealRow(
                    r.id(),
                    r.title(),
                    r.titleZh(),
                    r.state(),
                    r.licenseeId(),
                    names.name(r.licenseeId()),
                    names.nameZh(r.licenseeId()),
                    r.currency(),
                    r.totalValue(),
                    r.submittedBy(),
                    r.updatedAt(),
                    r.version()))
        .toList();
  }
}
