package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.Conversion;
import org.institute.core.Documents;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.core.Money;
import org.institute.core.Role;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealTerms;
import org.institute.licensing.LicensingImport;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.NewPayment;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;

@ApplicationScoped
@Transactional
class LicensingImportService implements LicensingImport {

  @Inject private PaymentDistributor distributor;

  @Inject private org.institute.licensing.domain.DistributionPolicyRepository distributionPolicies;
  @Inject private LicensingPolicy policy;
  @Inject private Accounts accounts;
  @Inject private PatentFamilyRepository families;
  @Inject private DealRepository deals;
  @Inject private ObligationService obligations;
  @Inject private PaymentRepository payments;
  @Inject private Documents documents;
  @Inject private ExchangeRates rates;
  @Inject private AuditTrail audit;
  @Inject private KpiStamps kpiStamps;
  @Inject private ApprovalPolicyService approvalPolicies;
  @Inject private org.institute.licensing.domain.ApproverRoleRepository approverRoles;
  @Inject private PatentCostService patentCosts;
  @Inject private RoyaltyReportService royaltyReports;
  @Inject private org.institute.licensing.domain.InvoiceRepository invoices;

  @Override
  public long family(NewPatentFamily n, List<NewApplication> applications, Instant at) {
    requireStartUp();
    PatentFamily family =
        families.add(
            PatentFamily.register(
                n.reference(), n.title(), n.technologyField(), n.priorityDate(), n.owners(), at));
    applications.forEach(
        a ->
            family.file(
                a.jurisdiction(),
                a.applicationNumber(),
                a.filingDate(),
                a.status(),
                a.grantNumber()));
    families.flush();
    if (!applications.isEmpty()) {
      kpiStamps.changed(KpiFigures.PATENT_APPLICATIONS);
    }
    audit.record(
        "PATENT_FAMILY_IMPORTED",
        "PatentFamily",
        family.id().toString(),
        family.reference() + " with " + applications.size() + " application(s)");
    return family.id();
  }

  @Override
  public long deal(DealTerms terms, List<Step> steps) {
    requireStartUp();
    if (steps.isEmpty() || steps.get(0).action() != DealAction.CREATE) {
      throw new IllegalArgumentException("the first step creates the deal");
    }
    Step first = steps.get(0);
    LicenceDeal deal =
        deals.add(
            LicenceDeal.draft(
                actor(first.username()), terms, licensors(terms, day(first.at())), first.at()));
    for (Step step : steps.subList(1, steps.size())) {
      Actor actor = actor(step.username());
      LocalDate day = day(step.at());
      switch (step.action()) {
        case SUBMIT ->
            deal.submit(actor, approvalPolicies.needsOf(deal, day), day, step.at(), step.comment());
        case CONSENT -> deal.consent(actor, step.at(), step.comment());
        case APPROVE -> deal.approve(actor, step.at(), step.comment(), null);
        case REJECT -> deal.reject(actor, step.at(), step.comment());
        case REQUEST_CHANGES -> deal.requestChanges(actor, step.at(), step.comment());
        case EXECUTE -> {
          long document =
              documents
                  .storePdf("signedPdf", "agreement-" + deal.id() + ".pdf", step.signedPdf())
                  .id();
          deal.execute(actor, step.signingDate(), document, day, step.at(), step.comment());
          obligations.deriveFor(deal);
          kpiStamps.changed(KpiFigures.LICENCES_EXECUTED);
        }
        case ACTIVATE -> deal.activateIfDue(day, step.at());
        case EXPIRE -> deal.expireIfDue(day, step.at());
        case TERMINATE -> deal.terminate(actor, step.at(), step.comment());
        default -> throw new IllegalArgumentException("not an import step: " + step.action());
      }
    }
    deals.flushWithNewVersion(deal);
    audit.record(
        "LICENCE_DEAL_IMPORTED",
        "LicenceDeal",
        deal.id().toString(),
        "\"" + deal.title() + "\" now " + deal.state() + " after " + steps.size() + " step(s)");
    return deal.id();
  }

  @Override
  public void payment(long dealId, NewPayment p, String recordedBy, Instant at) {
    requireStartUp();
    store(dealId, p, recordedBy, at, null);
  }

  @Override
  public long royaltyReport(long dealId, NewRoyaltyReport report, String filedBy, Instant at) {
    requireStartUp();
    return royaltyReports.importReport(dealId, report, filedBy, at);
  }

  @Override
  public void reportQuery(long reportId, String question, String by, Instant at) {
    requireStartUp();
    royaltyReports.importQuery(reportId, question, by, at);
  }

  @Override
  public void reportAnswer(long reportId, String answer, String by, Instant at) {
    requireStartUp();
    royaltyReports.importAnswer(reportId, answer, by, at);
  }

  @Override
  public Long reportAcceptance(long reportId, String by, Instant at) {
    requireStartUp();
    return royaltyReports.importAcceptance(reportId, by, at);
  }

  @Override
  public void invoicePayment(long invoiceId, NewPayment payment, String recordedBy, Instant at) {
    requireStartUp();
    org.institute.licensing.domain.Invoice invoice = invoices.find(invoiceId).orElseThrow();
    store(invoice.dealId(), payment, recordedBy, at, invoice.id());
  }

  private void store(long dealId, NewPayment p, String recordedBy, Instant at, Long invoiceId) {
    LicenceDeal deal = deals.find(dealId).orElseThrow();
    Money amount = Money.of(p.amount(), Currency.getInstance(p.currency()));
    Currency other = Currency.getInstance(p.currency().equals("SGD") ? "CNY" : "SGD");
    Conversion conversion =
        rates
            .convert(amount, other, p.receivedOn())
            .orElseThrow(() -> InvalidCommandException.of("receivedOn", "fx.noRate"));
    PaymentDistributor.Planned distribution =
        distributor.plan(deal, amount, conversion, p.receivedOn());
    Long obligation =
        obligations.meet(deal, p.purpose(), amount, conversion, p.receivedOn(), p.obligationId());
    Payment payment =
        new Payment(
            dealId,
            p.receivedOn(),
            amount,
            p.purpose(),
            p.note(),
            conversion,
            distribution.result(),
            distribution.policyIds(),
            recordedBy,
            at,
            obligation);
    if (invoiceId != null) {
      payment.against(invoiceId);
    }
    payments.add(payment);
    kpiStamps.changed(KpiFigures.LICENCE_INCOME_SGD);
    audit.record(
        "LICENCE_PAYMENT_IMPORTED",
        "LicenceDeal",
        Long.toString(dealId),
        amount
            + " received "
            + p.receivedOn()
            + " = SGD "
            + payment.amountSgd()
            + " / CNY "
            + payment.amountCny()
            + (invoiceId == null ? "" : ", against invoice #" + invoiceId));
  }

  @Override
  public void cost(
      long familyId, org.institute.licensing.NewPatentCost cost, String recordedBy, Instant at) {
    requireStartUp();
    PatentFamily family =
        families
            .find(familyId)
            .orElseThrow(() -> new IllegalArgumentException("no patent family " + familyId));
    patentCosts.store(
        family,
        cost,
        recordedBy == null ? Caller.SYSTEM : recordedBy,
        at,
        LocalDate.ofInstant(at, ZoneOffset.UTC),
        "PATENT_COST_IMPORTED");
  }

  @Override
  public void sharing(long familyId, org.institute.licensing.FamilySharing sharing) {
    requireStartUp();
    PatentFamily family =
        families
            .find(familyId)
            .orElseThrow(() -> new IllegalArgumentException("no patent family " + familyId));
    family.changeSharing(sharing.costRecovery(), sharing.inventors());
    audit.record(
        "PATENT_SHARING_IMPORTED",
        "PatentFamily",
        family.id().toString(),
        "costs " + sharing.costRecovery() + "; " + sharing.inventors().size() + " inventor(s)");
  }

  @Override
  public void distributionPolicy(
      org.institute.licensing.NewDistributionPolicy policy, String recordedBy, Instant at) {
    requireStartUp();
    List<org.institute.core.Violation> problems =
        org.institute.licensing.domain.DistributionPolicyCheck.violations(
            policy, payments.lastDistributedOn(policy.partnerId()).orElse(null), null);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    var saved =
        distributionPolicies.add(
            org.institute.licensing.domain.DistributionPolicyVersion.of(
                policy, recordedBy == null ? Caller.SYSTEM : recordedBy, at));
    audit.record(
        "DISTRIBUTION_POLICY_IMPORTED",
        "DistributionPolicy",
        saved.id().toString(),
        "partner " + saved.partnerId() + " from " + saved.effectiveFrom());
  }

  @Override
  public void approverRole(
      org.institute.licensing.NewApproverRole role,
      List<String> holders,
      String recordedBy,
      Instant at) {
    requireStartUp();
    boolean taken =
        approverRoles.byCode(role.code() == null ? "" : role.code().strip()).isPresent();
    var defined =
        org.institute.licensing.domain.ApproverRole.define(
            role, taken, recordedBy == null ? Caller.SYSTEM : recordedBy, at);
    holders.forEach(defined::assignTo);
    approverRoles.add(defined);
    audit.record(
        "APPROVER_ROLE_IMPORTED",
        "ApproverRole",
        defined.code(),
        defined.code() + " held by " + String.join(", ", defined.holders()));
  }

  private Set<Long> licensors(DealTerms terms, LocalDate day) {
    Set<Long> licensors = new TreeSet<>();
    families.findAll(terms.familyIds()).forEach(f -> licensors.addAll(f.sharesOn(day).keySet()));
    return licensors;
  }

  private Actor actor(String username) {
    if (username == null || username.equals(Caller.SYSTEM)) {
      return Actor.system();
    }
    AccountView account =
        accounts
            .find(username)
            .orElseThrow(() -> new IllegalArgumentException("no account " + username));
    return new Actor(
        username,
        account.roles().contains(Role.ADMIN),
        account.partner() == null ? null : account.partner().value());
  }

  /**
   * Only the system itself (demo data, migrations of old records) imports history. History is not
   * news: an import publishes no event and sends no mail.
   */
  private void requireStartUp() {
    policy.requireImport();
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
