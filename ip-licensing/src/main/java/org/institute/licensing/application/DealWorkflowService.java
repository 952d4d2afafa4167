package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.Documents;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.StoredDocument;
import org.institute.core.Violation;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.Execution;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealStateChanged;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.DealEvent;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.DealTermsCheck;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/**
 * The licence deal workflow's use cases (decision 0010): drafting, revising and every step of the
 * review, each audited in its transaction. The next people in line hear of review steps from {@link
 * DealNotifier}; an execution and a termination are published as events ({@link
 * LicenceDealExecuted}, {@link LicenceDealTerminated}) in the same transaction.
 */
@ApplicationScoped
@Transactional
class DealWorkflowService {

  private static final Logger LOG = Logger.getLogger(DealWorkflowService.class.getName());

  @Inject private DealRepository deals;
  @Inject private PatentFamilyRepository families;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeRates rates;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private DealReadModel readModel;
  @Inject private DealNotifier notifier;
  @Inject private ObligationService obligations;
  @Inject private Event<LicenceDealStateChanged> stateChanged;
  @Inject private Event<LicenceDealExecuted> executed;
  @Inject private Event<LicenceDealTerminated> terminated;
  @Inject private ApprovalPolicyService approvalPolicies;
  @Inject private Clock clock;

  DealView create(DealTerms terms) {
    Actor actor = policy.actor();
    Set<Long> licensors = licensorsOf(terms);
    LicenceDeal deal = deals.add(LicenceDeal.draft(actor, terms, licensors, clock.instant()));
    audit.record("LICENCE_DEAL_CREATED", "LicenceDeal", deal.id().toString(), summary(deal));
    return readModel.view(deal);
  }

  DealView revise(long id, long expectedVersion, DealTerms terms) {
    Actor actor = policy.actor();
    LicenceDeal deal = readModel.visible(id);
    requireVersion(deal, expectedVersion);
    Set<Long> licensors = licensorsOf(terms);
    DealState from = deal.state();
    deal.revise(actor, terms, licensors, clock.instant());
    return finish(deal, DealAction.REVISE, from, actor, summary(deal));
  }

  DealView submit(long id, String comment) {
    return transition(
        id,
        DealAction.SUBMIT,
        (deal, actor) -> {
          LocalDate today = LocalDate.now(clock);
          ApprovalNeeds needs = approvalPolicies.needsOf(deal, today);
          approvalPolicies.requireApprovers(deal, actor, needs);
          deal.submit(actor, needs, today, clock.instant(), comment);
        });
  }

  DealView consent(long id, String comment) {
    return transition(
        id, DealAction.CONSENT, (deal, actor) -> deal.consent(actor, clock.instant(), comment));
  }

  DealView approve(long id, String comment, String councilResolution) {
    return transition(
        id,
        DealAction.APPROVE,
        (deal, actor) -> deal.approve(actor, clock.instant(), comment, councilResolution));
  }

  DealView reject(long id, String reason) {
    return transition(
        id, DealAction.REJECT, (deal, actor) -> deal.reject(actor, clock.instant(), reason));
  }

  DealView requestChanges(long id, String reason) {
    return transition(
        id,
        DealAction.REQUEST_CHANGES,
        (deal, actor) -> deal.requestChanges(actor, clock.instant(), reason));
  }

  DealView execute(long id, Execution execution) {
    return transition(
        id,
        DealAction.EXECUTE,
        (deal, actor) -> {
          if (execution == null || execution.signingDate() == null) {
            throw InvalidCommandException.of("signingDate", "field.required");
          }
          // a refused execution rolls back, and the stored document with it
          StoredDocument pdf =
              documents.storePdf("signedPdf", execution.fileName(), execution.signedPdf());
          deal.execute(
              actor,
              execution.signingDate(),
              pdf.id(),
              LocalDate.now(clock),
              clock.instant(),
              execution.comment());
          deal.activateIfDue(LocalDate.now(clock), clock.instant());
          obligations.deriveFor(deal);
        });
  }

  DealView terminate(long id, String reason) {
    return transition(
        id, DealAction.TERMINATE, (deal, actor) -> deal.terminate(actor, clock.instant(), reason));
  }

  /** Loads the deal, transitions it, and commits exactly one of any racing transitions. */
  private DealView transition(long id, DealAction action, BiConsumer<LicenceDeal, Actor> step) {
    Actor actor = policy.actor();
    LicenceDeal deal = readModel.visible(id);
    DealState from = deal.state();
    step.accept(deal, actor);
    return finish(deal, action, from, actor, reviewSummary(deal, action));
  }

  private DealView finish(
      LicenceDeal deal, DealAction action, DealState from, Actor actor, String summary) {
    try {
      deals.flushWithNewVersion(deal);
    } catch (PersistenceException raced) {
      LOG.log(Level.FINE, "deal " + deal.id() + " changed in parallel", raced);
      throw new ConflictException(
          "Someone else changed this licence deal at the same moment; nothing was changed. Reload it and try again.",
          raced);
    }
    String comment = lastComment(deal).orElse(null);
    audit.record(
        "LICENCE_DEAL_" + action.name(),
        "LicenceDeal",
        deal.id().toString(),
        from
            + " -> "
            + deal.state()
            + (summary == null ? "" : "; " + summary)
            + (comment == null ? "" : "; comment: " + comment));
    stateChanged.fire(
        new LicenceDealStateChanged(
            deal.id(),
            action,
            from,
            deal.state(),
            deal.licenseeId(),
            deal.licensorIds(),
            actor.username(),
            clock.instant()));
    switch (action) {
      case EXECUTE ->
          executed.fire(
              new LicenceDealExecuted(
                  deal.id(),
                  deal.licenseeId(),
                  deal.licensorIds(),
                  deal.signingDate(),
                  deal.currency().getCurrencyCode(),
                  deal.totalValue().amount(),
                  actor.username()));
      case TERMINATE ->
          terminated.fire(
              new LicenceDealTerminated(
                  deal.id(), deal.licenseeId(), deal.licensorIds(), comment, actor.username()));
      default -> notifier.after(deal, action, actor.username());
    }
    return readModel.view(deal);
  }

  /** What a submission decided and an approval recorded, for the audit trail. */
  private static String reviewSummary(LicenceDeal deal, DealAction action) {
    return switch (action) {
      case SUBMIT ->
          deal.review()
              .needs()
              .map(
                  n ->
                      "needs "
                          + n.adminApprovals()
                          + " admin approval(s)"
                          + (n.coOwnerConsent() ? " after the co-owners' consent" : "")
                          + (n.councilResolution() ? " and the council's resolution" : "")
                          + (n.namedRoles().isEmpty()
                              ? ""
                              : ", approvals by holders of "
                                  + String.join(", ", n.namedRoleCodes()))
                          + " (approval policy version "
                          + n.policyVersion()
                          + (n.rule() == null ? ", no rule applied" : ", rule \"" + n.rule() + "\"")
                          + ")")
              .orElse(null);
      case APPROVE -> approvalSummary(deal);
      default -> null;
    };
  }

  /** The council's resolution and the named roles met so far, for an approval's audit entry. */
  private static String approvalSummary(LicenceDeal deal) {
    List<String> parts = new java.util.ArrayList<>();
    deal.review().councilResolution().ifPresent(r -> parts.add("council resolution: " + r));
    deal.review()
        .needs()
        .ifPresent(
            n ->
                n.namedRoles().stream()
                    .filter(r -> r.met())
                    .forEach(r -> parts.add(r.code() + " approved by " + r.approvedBy())));
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static Optional<String> lastComment(LicenceDeal deal) {
    List<DealEvent> events = deal.events();
    return events.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(events.get(events.size() - 1).view().comment());
  }

  private static void requireVersion(LicenceDeal deal, long expected) {
    if (deal.version() != expected) {
      throw new ConflictException(
          "The deal was changed by someone else since you loaded it (version "
              + expected
              + ", now "
              + deal.version()
              + "). Reload it and try again.");
    }
  }

  /**
   * The licensors: today's co-owners of the licensed families. Checks the licensee and families
   * exist.
   */
  private Set<Long> licensorsOf(DealTerms terms) {
    List<Violation> problems = new ArrayList<>(DealTermsCheck.violations(terms));
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Optional<PartnerSummary> licensee = partners.find(new PartnerId(terms.licenseeId()));
    if (licensee.isEmpty() || !licensee.get().active()) {
      problems.add(new Violation("licenseeId", "partner.unknown"));
    } else if (!licensee.get().isCompany()) {
      problems.add(new Violation("licenseeId", "licensing.deal.licensee.notCompany"));
    }
    List<PatentFamily> found = families.findAll(terms.familyIds());
    if (found.size() != terms.familyIds().size()) {
      problems.add(new Violation("familyIds", "licensing.deal.families.unknown"));
    }
    Set<Long> licensors = new TreeSet<>();
    LocalDate today = LocalDate.now(clock);
    found.forEach(f -> licensors.addAll(f.sharesOn(today).keySet()));
    if (problems.isEmpty() && licensors.isEmpty()) {
      problems.add(new Violation("familyIds", "licensing.deal.families.noOwner"));
    }
    if (licensors.contains(terms.licenseeId())) {
      problems.add(new Violation("licenseeId", "licensing.deal.licensee.isOwner"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return licensors;
  }

  private static String summary(LicenceDeal d) {
    return "\""
        + d.title()
        + "\" licensee "
        + d.licenseeId()
        + ", families "
        + d.familyIds()
        + ", licensors "
        + d.licensorIds()
        + ", total "
        + d.totalValue();
  }
}
