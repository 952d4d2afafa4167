package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.licensing.DealAction;
import org.institute.licensing.DisclosureAction;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.ObligationAction;
import org.institute.licensing.PaymentAction;
import org.institute.licensing.RoyaltyReportAction;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.ApproverRoleRepository;
import org.institute.licensing.domain.DealPolicy;
import org.institute.licensing.domain.Disclosure;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.Payment;

/**
 * Who may do what in IP and licensing, in one place: whose records the caller reads (the core's
 * {@link Scope}), who acts and as what ({@link Actor}), and what the caller may do to a deal, a
 * disclosure, a patent family or an obligation. The aggregates enforce their own part (a deal's
 * steps ask {@link DealPolicy}, a disclosure its review rules); this class adds what no aggregate
 * knows and answers the views' {@code allowedActions} from the same rules. No other class of the
 * module reads the caller's roles.
 */
@ApplicationScoped
public class LicensingPolicy implements LicensingAccess {

  private static final Set<LicensingAction> READING =
      EnumSet.of(
          LicensingAction.READ_PATENT_FAMILIES,
          LicensingAction.READ_DEALS,
          LicensingAction.READ_DISCLOSURES,
          LicensingAction.READ_OBLIGATIONS,
          LicensingAction.READ_INVOICES);

  private static final Set<LicensingAction> ACTING =
      EnumSet.of(
          LicensingAction.WORK_INBOX,
          LicensingAction.DRAFT_DEAL,
          LicensingAction.SUBMIT_DISCLOSURE,
          LicensingAction.REGISTER_FAMILY);

  private static final Set<LicensingAction> ADMINISTERING =
      EnumSet.of(
          LicensingAction.APPROVE_DEALS,
          LicensingAction.MANAGE_APPROVAL_POLICIES,
          LicensingAction.MANAGE_DISTRIBUTION_POLICIES,
          LicensingAction.REVIEW_DISCLOSURES,
          LicensingAction.CHANGE_OWNERSHIP,
          LicensingAction.WAIVE_OBLIGATIONS,
          LicensingAction.RUN_CALENDAR,
          LicensingAction.REVIEW_ROYALTY_REPORTS);

  @Inject private Caller caller;
  @Inject private ApproverRoleRepository approverRoles;

  LicensingPolicy() {}

  LicensingPolicy(Caller caller, ApproverRoleRepository approverRoles) {
    this.caller = caller;
    this.approverRoles = approverRoles;
  }

  LicensingPolicy(Caller caller) {
    this.caller = caller;
  }

  @Override
  public Set<LicensingAction> allowedActions() {
    Set<LicensingAction> allowed = EnumSet.noneOf(LicensingAction.class);
    if (!caller.scope().isNone()) {
      allowed.addAll(READING);
    }
    Optional<Actor> actor = actorIfAny();
    if (actor.isPresent()) {
      allowed.addAll(ACTING);
    }
    if (actor.map(Actor::admin).orElse(false)) {
      allowed.addAll(ADMINISTERING);
    }
    if (runsAsSystem()) {
      allowed.add(LicensingAction.RUN_CALENDAR);
    }
    if (Caller.SYSTEM.equals(caller.name())) {
      allowed.add(LicensingAction.IMPORT_HISTORY);
    }
    if (licenseeCompany().isPresent()) {
      allowed.add(LicensingAction.READ_OWN_LICENCES);
    } else if (!caller.scope().isNone()) {
      allowed.add(LicensingAction.READ_DISTRIBUTIONS);
    }
    return allowed;
  }

  // ---- reading ----

  /**
   * Whose records the caller reads: all, or their partners'.
   *
   * @throws AccessRefusedException for callers who read none (programme coordinators, anonymous)
   */
  Scope readScope() {
    Scope scope = caller.scope();
    if (scope.isNone()) {
      throw new AccessRefusedException("reading IP and licensing records");
    }
    return scope;
  }

  /** Whether the caller reads the deal: one of its parties (licensee, licensors) is in scope. */
  boolean mayRead(LicenceDeal deal) {
    return readScope().fold(true, partners -> anyOf(partners, deal::isParty), false);
  }

  /**
   * Whether the caller reads the disclosure: its submitting or an inventor's partner is in scope.
   */
  boolean mayRead(Disclosure disclosure) {
    return readScope().fold(true, partners -> anyOf(partners, disclosure::concerns), false);
  }

  private static boolean anyOf(
      Collection<PartnerId> partners, java.util.function.Predicate<Long> concerned) {
    return partners.stream().anyMatch(p -> concerned.test(p.value()));
  }

  // ---- acting ----

  /**
   * The caller as the domain's actor for a change: an admin, or partner staff with their partner.
   *
   * @throws AccessRefusedException for everybody else
   */
  Actor actor() {
    return actorIfAny()
        .map(this::withApproverRoles)
        .orElseThrow(() -> new AccessRefusedException("changing IP and licensing records"));
  }

  private Optional<Actor> actorIfAny() {
    if (caller.hasRole(Role.ADMIN)) {
      return Optional.of(
          new Actor(caller.name(), true, caller.partner().map(PartnerId::value).orElse(null)));
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      return Optional.of(Actor.staffOf(caller.name(), caller.partner().get().value()));
    }
    return Optional.empty();
  }

  /**
   * The actor with the named approver roles (decision 0108) they hold, where they are an admin: an
   * approval of theirs meets a deal's need of any of them. Read only where a deal's steps are
   * decided, not for menus.
   */
  private Actor withApproverRoles(Actor actor) {
    if (!actor.admin() || approverRoles == null) {
      return actor;
    }
    return actor.holding(approverRoles.codesHeldBy(actor.username()));
  }

  /** The partner whose consents the caller gives in their inbox: partner staff's own. */
  Optional<Long> consentingPartner() {
    return caller.hasRole(Role.PARTNER_STAFF)
        ? caller.partner().map(PartnerId::value)
        : Optional.empty();
  }

  // ---- deals ----

  /** The steps the caller may take on the deal now ({@link DealPolicy}). */
  Set<DealAction> dealActions(LicenceDeal deal) {
    return actorIfAny()
        .map(this::withApproverRoles)
        .map(a -> DealPolicy.allowed(a, deal))
        .orElseGet(() -> EnumSet.noneOf(DealAction.class));
  }

  /** What the caller may do to a payment of a deal they read now ({@link DealPolicy}). */
  Set<PaymentAction> paymentActions(Payment payment) {
    return actorIfAny()
        .map(a -> DealPolicy.allowed(a, payment))
        .orElseGet(() -> EnumSet.noneOf(PaymentAction.class));
  }

  /** Whether the caller's inbox holds the deals waiting for an admin's approval: admins'. */
  boolean approvesDeals() {
    return isAdmin();
  }

  /**
   * The steps the caller may take on a deal of their inbox, from what the inbox knows: the inbox
   * lists a deal for an admin only when they may approve it now ({@link DealPolicy}'s approval
   * rules, in the inbox query), and for partner staff when it waits for their partner's consent.
   */
  Set<DealAction> inboxActions(boolean awaitsConsent) {
    Set<DealAction> allowed = EnumSet.noneOf(DealAction.class);
    if (awaitsConsent) {
      allowed.add(DealAction.CONSENT);
      allowed.add(DealAction.REQUEST_CHANGES);
    }
    if (isAdmin()) {
      allowed.add(DealAction.REJECT);
      allowed.add(DealAction.REQUEST_CHANGES);
      if (!awaitsConsent) {
        allowed.add(DealAction.APPROVE);
      }
    }
    return allowed;
  }

  // ---- disclosures ----

  Set<DisclosureAction> disclosureActions(Disclosure disclosure) {
    return actorIfAny()
        .map(disclosure::allowedFor)
        .orElseGet(() -> EnumSet.noneOf(DisclosureAction.class));
  }

  // ---- patent families ----

  /**
   * Refuses registering a family with these owners unless the actor is an admin or staff of one.
   */
  void requireRegister(Actor actor, Collection<Share> owners) {
    if (!actor.admin() && owners.stream().noneMatch(s -> actor.isStaffOf(s.partnerId()))) {
      throw new AccessRefusedException("registering a family: admins or staff of a co-owner");
    }
  }

  Set<FamilyAction> familyActions(PatentFamily family, LocalDate today) {
    Set<FamilyAction> allowed = EnumSet.noneOf(FamilyAction.class);
    actorIfAny()
        .ifPresent(
            actor -> {
              if (mayFile(actor, family, today)) {
                allowed.add(FamilyAction.FILE_APPLICATION);
                allowed.add(FamilyAction.RECORD_COST);
              }
              if (actor.admin()) {
                allowed.add(FamilyAction.CHANGE_OWNERSHIP);
                allowed.add(FamilyAction.CHANGE_SHARING);
              }
            });
    return allowed;
  }

  void requireFamilyAction(FamilyAction action, Actor actor, PatentFamily family, LocalDate today) {
    switch (action) {
      case FILE_APPLICATION -> {
        if (!mayFile(actor, family, today)) {
          throw new AccessRefusedException("filing: admins or staff of a current co-owner");
        }
      }
      case RECORD_COST -> {
        if (!mayFile(actor, family, today)) {
          throw new AccessRefusedException("patent costs: admins or staff of a current co-owner");
        }
      }
      case CHANGE_OWNERSHIP -> {
        if (!actor.admin()) {
          throw new AccessRefusedException("changing ownership: admins only");
        }
      }
      case CHANGE_SHARING -> {
        if (!actor.admin()) {
          throw new AccessRefusedException("inventors and cost recovery: admins only");
        }
      }
    }
  }

  private static boolean mayFile(Actor actor, PatentFamily family, LocalDate today) {
    return actor.admin() || family.sharesOn(today).containsKey(actor.partnerId());
  }

  // ---- obligations ----

  Set<ObligationAction> obligationActions(Obligation obligation) {
    return isAdmin() && obligation.isOpen()
        ? EnumSet.of(ObligationAction.WAIVE)
        : EnumSet.noneOf(ObligationAction.class);
  }

  /** Refuses waiving obligations unless the actor is an admin. */
  void requireWaive(Actor actor) {
    if (!actor.admin()) {
      throw new AccessRefusedException("waiving obligations: admins");
    }
  }

  // ---- licensees and royalty reports ----

  /**
   * The licensee company the caller works for: licensee staff's partner. The core gives licensee
   * staff no scope; this module alone lets them read their company's signed deals.
   */
  Optional<Long> licenseeCompany() {
    return caller.hasRole(Role.LICENSEE)
        ? caller.partner().map(PartnerId::value)
        : Optional.empty();
  }

  /**
   * The caller's licensee company.
   *
   * @throws AccessRefusedException for everybody but licensee staff
   */
  long requireLicenseeCompany() {
    return licenseeCompany()
        .orElseThrow(() -> new AccessRefusedException("a licensee's deals: licensee staff"));
  }

  /**
   * Whether the caller reads the deal's royalty reports, terms, obligations and payments as its
   * licensee sees them: staff of its licensee once it is signed, or whoever reads the deal.
   *
   * @throws AccessRefusedException for callers who read no licensing records
   */
  boolean mayReadReports(LicenceDeal deal) {
    Optional<Long> company = licenseeCompany();
    if (company.isPresent()) {
      return company.get() == deal.licenseeId() && deal.state().acceptsPayments();
    }
    return mayRead(deal);
  }

  /**
   * What the caller may do to the deal's reports: file and amend (its licensee's staff, admins).
   */
  Set<RoyaltyReportAction> reportActions(LicenceDeal deal) {
    boolean files =
        deal.state().acceptsPayments()
            && (isAdmin() || licenseeCompany().map(c -> c == deal.licenseeId()).orElse(false));
    return files
        ? EnumSet.of(RoyaltyReportAction.FILE, RoyaltyReportAction.AMEND)
        : EnumSet.noneOf(RoyaltyReportAction.class);
  }

  /** The name the caller's filings are recorded under. */
  String actorName() {
    return caller.name();
  }

  /** Refuses filing the deal's reports unless {@link #reportActions} allows it. */
  void requireFileReport(LicenceDeal deal) {
    if (reportActions(deal).isEmpty()) {
      throw new AccessRefusedException("filing royalty reports: the licensee's staff or admins");
    }
  }

  // ---- approval policies ----

  /**
   * The admin who reads or saves approval policy versions.
   *
   * @throws AccessRefusedException for everybody else
   */
  Actor requireManageApprovalPolicies() {
    return actorIfAny()
        .filter(Actor::admin)
        .orElseThrow(() -> new AccessRefusedException("approval policies: admins only"));
  }

  /**
   * The admin who reads, defines and assigns named approver roles (decision 0108): part of managing
   * approval policies.
   *
   * @throws AccessRefusedException for everybody else
   */
  Actor requireManageApproverRoles() {
    return actorIfAny()
        .filter(Actor::admin)
        .orElseThrow(() -> new AccessRefusedException("approver roles: admins only"));
  }

  // ---- distribution (decision 0107) ----

  /**
   * The admin who saves distribution policy versions.
   *
   * @throws AccessRefusedException for everybody else
   */
  Actor requireManageDistributionPolicies() {
    return actorIfAny()
        .filter(Actor::admin)
        .orElseThrow(() -> new AccessRefusedException("distribution policies: admins only"));
  }

  /**
   * Whose distribution lines the caller reads: all (admins, the council) or their partner's (staff:
   * what their institution and its inventors received). Licensees' staff read none.
   *
   * @throws AccessRefusedException for callers who read none
   */
  Scope distributionScope() {
    if (licenseeCompany().isPresent()) {
      throw new AccessRefusedException("distributions: the institutions' own records");
    }
    return readScope();
  }

  // ---- review and invoices (docs/decisions/0101) ----

  /**
   * What the caller may do in the review of a report: accept or query it while it awaits review
   * (licensing admins); answer its open query (the licensee's staff, admins).
   */
  Set<RoyaltyReportAction> reviewActions(
      LicenceDeal deal, org.institute.licensing.ReviewState state, boolean queryOpen) {
    Set<RoyaltyReportAction> actions = EnumSet.noneOf(RoyaltyReportAction.class);
    if (!deal.state().acceptsPayments()) {
      return actions;
    }
    if (isAdmin()
        && org.institute.licensing.domain.ReviewRules.allows(
            state, org.institute.licensing.domain.ReviewRules.Step.ACCEPT)) {
      actions.add(RoyaltyReportAction.ACCEPT);
      actions.add(RoyaltyReportAction.QUERY);
    }
    if (queryOpen && !reportActions(deal).isEmpty()) {
      actions.add(RoyaltyReportAction.ANSWER);
    }
    return actions;
  }

  /** Refuses reviewing reports (accept, query, the queue) to all but admins. */
  void requireReview() {
    if (!isAdmin()) {
      throw new AccessRefusedException("reviewing royalty reports: licensing admins");
    }
  }

  /**
   * Whose invoices the caller's list shows: licensee staff their company's ({@code licensee}), the
   * others those of the deals in their read scope.
   */
  record InvoiceReaders(Long licensee, Scope scope) {}

  InvoiceReaders invoiceReaders() {
    Optional<Long> company = licenseeCompany();
    return company.isPresent()
        ? new InvoiceReaders(company.get(), Scope.none())
        : new InvoiceReaders(null, readScope());
  }

  /**
   * What the caller may do to an invoice: admins record payments against invoices and interest
   * invoices, and issue an interest invoice when {@code interestToInvoice} (decision 0109).
   */
  Set<org.institute.licensing.InvoiceAction> invoiceActions(
      org.institute.licensing.domain.Invoice invoice, boolean interestToInvoice) {
    Set<org.institute.licensing.InvoiceAction> actions =
        EnumSet.noneOf(org.institute.licensing.InvoiceAction.class);
    if (isAdmin() && invoice.isPayable()) {
      actions.add(org.institute.licensing.InvoiceAction.RECORD_PAYMENT);
    }
    if (isAdmin() && interestToInvoice) {
      actions.add(org.institute.licensing.InvoiceAction.ISSUE_INTEREST_INVOICE);
    }
    return actions;
  }

  // ---- the system's work ----

  /** Refuses running the calendar unless the system (no signed-in user) or an admin runs it. */
  void requireCalendar() {
    if (!runsAsSystem() && !isAdmin()) {
      throw new AccessRefusedException("running the licensing calendar");
    }
  }

  /** Refuses importing history unless a start-up task (the system itself) imports it. */
  void requireImport() {
    if (!Caller.SYSTEM.equals(caller.name())) {
      throw new AccessRefusedException("importing licensing history: start-up tasks only");
    }
  }

  private boolean runsAsSystem() {
    return !caller.isAuthenticated();
  }

  private boolean isAdmin() {
    return caller.hasRole(Role.ADMIN);
  }
}
