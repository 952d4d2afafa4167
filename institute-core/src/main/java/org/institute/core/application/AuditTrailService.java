package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditEntryView;
import org.institute.core.AuditPage;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ChainCheck;
import org.institute.core.ChainVerification;
import org.institute.core.CoreAction;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.institute.core.domain.AuditChain;
import org.institute.core.domain.AuditChainVerifier;
import org.institute.core.domain.AuditEntry;
import org.institute.core.domain.AuditHead;
import org.institute.core.domain.AuditLink;
import org.institute.core.domain.AuditRepository;
import org.institute.core.domain.AuditVerification;

@ApplicationScoped
@Transactional
class AuditTrailService implements AuditTrail {

  private static final int SUMMARY_LIMIT = 4000;

  @Inject private AuditRepository repository;
  @Inject private Caller caller;
  @Inject private CorePolicy policy;
  @Inject private Clock clock;

  /** Joins the caller's transaction: the entry commits or rolls back with the change it records. */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entityType, String entityId, String summary) {
    recordAs(caller.name(), action, entityType, entityId, summary);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAs(
      String actor, String action, String entityType, String entityId, String summary) {
    AuditHead head = repository.lockHead();
    AuditLink link =
        AuditChain.link(
            head.nextSequence(),
            clip(actor, 64),
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            clip(action, 64),
            clip(entityType, 64),
            clip(entityId, 64),
            clip(summary, SUMMARY_LIMIT),
            head.lastHash());
    repository.append(new AuditEntry(link));
    head.advanceTo(link);
  }

  /** Only admins and auditors read the trail, whatever page or endpoint asks. */
  private void requireReader() {
    policy.require(CoreAction.READ_AUDIT_TRAIL, "reading the audit trail");
  }

  private static String clip(String value, int max) {
    String v = value == null ? "" : value;
    return v.length() <= max ? v : v.substring(0, max - 1) + "…";
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AuditPage search(AuditQuery query, int firstResult, int maxResults) {
    requireReader();
    return new AuditPage(
        repository.search(query, firstResult, maxResults).stream().map(AuditEntry::view).toList(),
        repository.count(query));
  }

  /** The order of the trail's keyset pages: by sequence, newest first. */
  static final ListSort NEWEST = ListSort.descending("sequence");

  @Override
  public Slice<AuditEntryView> entries(AuditQuery query, PageRequest page) {
    requireReader();
    Long before = page.after() == null ? null : page.after().requireOrder(NEWEST).id();
    List<AuditEntryView> rows =
        repository.before(query, before, page.limit() + 1).stream().map(AuditEntry::view).toList();
    PageCursor next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      next = PageCursor.after(NEWEST, "", rows.get(rows.size() - 1).sequence());
    }
    return new Slice<>(rows, next, page.countExact() ? repository.count(query) : null);
  }

  @Override
  public ChainCheck verify() {
    requireReader();
    // read the head first: entries appended while we walk are beyond it and checked next time
    AuditHead head = repository.head();
    long upTo = head.lastSequence();
    String headHash = head.lastHash();
    AuditChainVerifier verifier = new AuditChainVerifier();
    repository.forEachInSequence(upTo, verifier::accept);
    ChainCheck check = verifier.resultAgainstHead(upTo, headHash);
    repository.addVerification(
        new AuditVerification(
            clock.instant().truncatedTo(ChronoUnit.MICROS), clip(caller.name(), 64), check));
    return check;
  }

  @Override
  public long length() {
    requireReader();
    return repository.head().lastSequence();
  }

  @Override
  public Optional<ChainVerification> lastVerification() {
    requireReader();
    return repository.lastVerification().map(AuditVerification::view);
  }
}
