package org.institute.licensing.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.PersistenceException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.AuditPage;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ChainCheck;
import org.institute.core.Conversion;
import org.institute.core.CurrencyConverter;
import org.institute.core.Documents;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.Money;
import org.institute.core.NewAccount;
import org.institute.core.PartnerId;
import org.institute.core.Recipients;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.core.SignInResult;
import org.institute.core.StoredDocument;
import org.institute.core.Transactions;
import org.institute.core.testing.CountedKpiStamps;
import org.institute.core.testing.TestCaller;
import org.institute.licensing.Deadline;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.LicenceDealExecuted;
import org.institute.licensing.LicenceDealTerminated;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.Share;
import org.institute.licensing.domain.DeadlineReminder;
import org.institute.licensing.domain.DeadlineReminderRepository;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.Disclosure;
import org.institute.licensing.domain.DisclosureRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerName;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;

/**
 * The licensing application services wired to in-memory repositories and ports, for unit tests: the
 * partners of {@link Deals} (NTU, SCUT and the licensee Huaxin in the directory; GKC is not), one
 * SGD/CNY rate, and recorders of audit entries, mails and events. Build a service with the caller
 * it serves ({@link #workflow}, {@link #patents}...); every service of one fixture shares the same
 * stores.
 */
final class LicensingFixture {

  /** CNY per SGD; no rate before {@link Rates#firstRate}. */
  static final BigDecimal RATE = new BigDecimal("5.3");

  static void set(Object target, String field, Object value) {
    Class<?> type = target.getClass();
    while (type != null) {
      try {
        Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
        return;
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no field " + field);
  }

  /** The field names and message keys of the refusal, or an empty list when the call passed. */
  static List<String> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  // ---- callers ----

  /** No signed-in user: a scheduled task or a start-up task ({@link Caller#SYSTEM}). */
  record Unauthenticated(String name) implements Caller {
    @Override
    public boolean isAuthenticated() {
      return false;
    }

    @Override
    public Set<Role> roles() {
      return Set.of();
    }

    @Override
    public Optional<PartnerId> partner() {
      return Optional.empty();
    }
  }

  static Caller admin() {
    return admin("admin");
  }

  static Caller admin(String name) {
    return new TestCaller(name, Set.of(Role.ADMIN), Optional.empty());
  }

  static Caller staffOf(long partner) {
    return staffOf("staff" + partner, partner);
  }

  static Caller staffOf(String name, long partner) {
    return new TestCaller(name, Set.of(Role.PARTNER_STAFF), Optional.of(new PartnerId(partner)));
  }

  /** Staff of a licensee company (the {@link Role#LICENSEE} role). */
  static Caller licenseeOf(String name, long partner) {
    return new TestCaller(name, Set.of(Role.LICENSEE), Optional.of(new PartnerId(partner)));
  }

  static Caller coordinator() {
    return new TestCaller("coordinator", Set.of(Role.COORDINATOR), Optional.empty());
  }

  static Caller system() {
    return new Unauthenticated(Caller.SYSTEM);
  }

  // ---- the stores ----

  final DealStore deals = new DealStore();
  final Families families = new Families();
  final Disclosures disclosures = new Disclosures();
  final Payments payments = new Payments();
  final InMemoryObligations obligations = new InMemoryObligations();
  final Partners partners = new Partners();
  final Rates rates = new Rates();
  final Audit audit = new Audit();
  final Units transactions = new Units(audit);
  final CountedKpiStamps kpiStamps = new CountedKpiStamps();
  final Mails mails = new Mails();
  final People people = new People();
  final AccountBook accounts = new AccountBook();
  final Pdfs documents = new Pdfs();
  final Reminders reminders = new Reminders();
  final RoyaltyReportStore reports = new RoyaltyReportStore();
  final PolicyVersions policies = new PolicyVersions();
  final ApproverRoleStore approverRoleStore = new ApproverRoleStore();
  final CostStore costs = new CostStore();
  final DistributionPolicies distributionPolicies = new DistributionPolicies();
  final InvoiceStore invoices = new InvoiceStore();
  final Numbers numbers = new Numbers();
  final ComplianceLog complianceLog = new ComplianceLog();

  /** What the invoices printed: the views the renderer was given. */
  final List<org.institute.licensing.InvoiceView> printed = new ArrayList<>();

  /** Why each printed invoice was sealed, as a PDF reader shows its signature's reason. */
  final List<String> sealedAs = new ArrayList<>();

  final Fired<PaymentRecorded> paid = new Fired<>();
  final Fired<org.institute.licensing.PaymentVoided> voided = new Fired<>();
  final Fired<org.institute.licensing.LicenceDealStateChanged> stateChanged = new Fired<>();
  final Fired<LicenceDealExecuted> executed = new Fired<>();
  final Fired<LicenceDealTerminated> terminated = new Fired<>();
  final Fired<org.institute.licensing.RoyaltyReportFiled> reportsFiled = new Fired<>();
  Instant now;

  LicensingFixture(Instant now) {
    this.now = now;
    obligations.deals = deals::find;
  }

  Clock clock() {
    return Clock.fixed(now, ZoneOffset.UTC);
  }

  // ---- the services ----

  LicensingPolicy policy(Caller caller) {
    return new LicensingPolicy(caller, approverRoleStore);
  }

  ApproverRoleService approverRoles(Caller caller) {
    ApproverRoleService service = new ApproverRoleService();
    set(service, "roles", approverRoleStore);
    set(service, "accounts", accounts);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    return service;
  }

  DealReadModel readModel(Caller caller) {
    DealReadModel readModel = new DealReadModel();
    set(readModel, "deals", deals);
    set(readModel, "partners", partners);
    set(readModel, "documents", documents);
    set(readModel, "policy", policy(caller));
    set(readModel, "approverRoles", approverRoles(caller));
    return readModel;
  }

  ObligationService obligationService(Caller caller) {
    ObligationService service = new ObligationService();
    set(service, "obligations", obligations);
    set(service, "deals", deals);
    set(service, "partners", partners);
    set(service, "policy", policy(caller));
    set(service, "recipients", people);
    set(service, "mailer", mails);
    set(service, "audit", audit);
    set(service, "clock", clock());
    set(service, "reminderDays", "30,7");
    set(service, "dueWindowDays", 30);
    set(service, "publicLinks", LINKS);
    set(service, "transactions", transactions);
    return service;
  }

  /** The portal's public address in mails. */
  static final org.institute.core.PublicLinks LINKS = path -> "https://portal.example" + path;

  DealNotifier notifier() {
    DealNotifier notifier = new DealNotifier();
    set(notifier, "mailer", mails);
    set(notifier, "recipients", people);
    set(notifier, "accounts", accounts);
    set(notifier, "deals", deals);
    set(notifier, "publicLinks", LINKS);
    return notifier;
  }

  DealWorkflowService workflow(Caller caller) {
    DealWorkflowService service = new DealWorkflowService();
    set(service, "deals", deals);
    set(service, "families", families);
    set(service, "partners", partners);
    set(service, "rates", rates);
    set(service, "documents", documents);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "readModel", readModel(caller));
    set(service, "notifier", notifier());
    set(service, "obligations", obligationService(caller));
    set(service, "stateChanged", stateChanged);
    set(service, "executed", executed);
    set(service, "terminated", terminated);
    set(service, "approvalPolicies", approvalPolicies(caller));
    set(service, "clock", clock());
    return service;
  }

  ApprovalPolicyService approvalPolicies(Caller caller) {
    ApprovalPolicyService service = new ApprovalPolicyService();
    set(service, "versions", policies);
    set(service, "partners", partners);
    set(service, "rates", rates);
    set(service, "recipients", people);
    set(service, "accounts", accounts);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    set(service, "thresholdSgd", new BigDecimal("500000"));
    set(service, "approverRoles", approverRoles(caller));
    return service;
  }

  DealPaymentService payments(Caller caller) {
    DealPaymentService service = new DealPaymentService();
    set(service, "payments", payments);
    set(service, "families", families);
    set(service, "distributor", distributor());
    set(service, "partners", partners);
    set(service, "rates", rates);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "readModel", readModel(caller));
    set(service, "obligations", obligationService(caller));
    set(service, "recorded", paid);
    set(service, "voided", voided);
    set(service, "clock", clock());
    return service;
  }

  /** The licence deals facade over {@link #workflow}, {@link #payments} and {@link #readModel}. */
  LicenceDealService licenceDeals(Caller caller) {
    LicenceDealService service = new LicenceDealService();
    set(service, "workflow", workflow(caller));
    set(service, "payments", payments(caller));
    set(service, "readModel", readModel(caller));
    return service;
  }

  RoyaltyReportService royaltyReports(Caller caller) {
    RoyaltyReportService service = new RoyaltyReportService();
    set(service, "deals", deals);
    set(service, "reports", reports);
    set(service, "obligations", obligations);
    set(service, "payments", payments);
    set(service, "partners", partners);
    set(service, "policy", policy(caller));
    set(service, "audit", audit);
    set(service, "clock", clock());
    set(service, "dueWindowDays", 30);
    set(service, "filedEvents", reportsFiled);
    set(service, "invoices", invoices);
    set(service, "issuer", invoiceIssuer(caller));
    return service;
  }

  InvoiceViews invoiceViews(Caller caller) {
    InvoiceViews views = new InvoiceViews();
    set(views, "partners", partners);
    set(views, "policy", policy(caller));
    set(views, "clock", clock());
    return views;
  }

  InvoiceIssuer invoiceIssuer(Caller caller) {
    InvoiceIssuer issuer = new InvoiceIssuer();
    set(issuer, "invoices", invoices);
    set(issuer, "numbers", numbers);
    set(
        issuer,
        "renderer",
        (org.institute.licensing.domain.InvoiceRenderer)
            v -> {
              printed.add(v);
              return ("%PDF " + v.number()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            });
    set(issuer, "views", invoiceViews(caller));
    set(issuer, "rates", rates);
    set(
        issuer,
        "seal",
        (org.institute.core.PdfSeal)
            (pdf, reason, attachments) -> {
              sealedAs.add(reason);
              return pdf;
            });
    set(issuer, "documents", documents);
    set(issuer, "audit", audit);
    set(issuer, "clock", clock());
    set(issuer, "paymentDays", 30);
    return issuer;
  }

  ComplianceService compliance(Caller caller) {
    ComplianceService service = new ComplianceService();
    set(service, "deals", deals);
    set(service, "reports", reports);
    set(service, "invoices", invoices);
    set(service, "payments", payments);
    set(service, "reminders", complianceLog);
    set(service, "partners", partners);
    set(service, "policy", policy(caller));
    set(service, "recipients", people);
    set(service, "mailer", mails);
    set(service, "publicLinks", (org.institute.core.PublicLinks) path -> "https://i.org" + path);
    set(service, "audit", audit);
    set(service, "clock", clock());
    set(service, "transactions", transactions);
    return service;
  }

  /** The log of report and invoice reminders, unique as its table. */
  static final class ComplianceLog
      implements org.institute.licensing.domain.ComplianceReminderRepository {
    final List<org.institute.licensing.domain.ComplianceReminder> all = new ArrayList<>();

    @Override
    public boolean sent(
        org.institute.licensing.domain.ComplianceReminder.Subject subject,
        String key,
        LocalDate due,
        int daysAfter) {
      return all.stream()
          .anyMatch(
              r ->
                  r.subject() == subject
                      && r.key().equals(key)
                      && r.due().equals(due)
                      && r.daysAfter() == daysAfter);
    }

    @Override
    public void add(org.institute.licensing.domain.ComplianceReminder reminder) {
      if (sent(reminder.subject(), reminder.key(), reminder.due(), reminder.daysAfter())) {
        throw new PersistenceException("uk_lic_compliance_reminder");
      }
      all.add(reminder);
    }
  }

  InvoiceService invoiceService(Caller caller) {
    InvoiceService service = new InvoiceService();
    set(service, "invoices", invoices);
    set(service, "deals", deals);
    set(service, "payments", payments);
    set(service, "policy", policy(caller));
    set(service, "views", invoiceViews(caller));
    set(service, "documents", documents);
    set(service, "dealPayments", payments(caller));
    set(service, "clock", clock());
    set(service, "issuer", invoiceIssuer(caller));
    return service;
  }

  PaymentDistributor distributor() {
    PaymentDistributor distributor = new PaymentDistributor();
    set(distributor, "families", families);
    set(distributor, "payments", payments);
    set(distributor, "costs", costs);
    set(distributor, "policies", distributionPolicies);
    return distributor;
  }

  DistributionService distributions(Caller caller) {
    DistributionService service = new DistributionService();
    set(service, "versions", distributionPolicies);
    set(service, "payments", payments);
    set(service, "families", families);
    set(service, "distributor", distributor());
    set(
        service,
        "renderer",
        new org.institute.licensing.infrastructure.OpenPdfStatementRenderer(
            new org.institute.core.infrastructure.CjkPdfFonts()));
    set(service, "partners", partners);
    set(service, "readModel", readModel(caller));
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    return service;
  }

  PatentCostService patentCosts(Caller caller) {
    PatentCostService service = new PatentCostService();
    set(service, "costs", costs);
    set(service, "families", families);
    set(service, "partners", partners);
    set(service, "rates", rates);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    return service;
  }

  /** Patent costs with ids given on adding, as the database would. */
  static final class CostStore implements org.institute.licensing.domain.PatentCostRepository {
    final List<org.institute.licensing.domain.PatentCost> saved = new ArrayList<>();

    @Override
    public org.institute.licensing.domain.PatentCost add(
        org.institute.licensing.domain.PatentCost cost) {
      set(cost, "id", (long) saved.size() + 1);
      saved.add(cost);
      return cost;
    }

    @Override
    public List<org.institute.licensing.domain.PatentCost> ofFamily(long familyId) {
      return saved.stream()
          .filter(c -> c.familyId() == familyId)
          .sorted(
              Comparator.comparing(org.institute.licensing.domain.PatentCost::incurredOn)
                  .thenComparing(org.institute.licensing.domain.PatentCost::id)
                  .reversed())
          .toList();
    }

    @Override
    public java.util.Map<Long, java.util.Map<Long, BigDecimal>> sgdByPayer(
        Collection<Long> familyIds, LocalDate until) {
      java.util.Map<Long, java.util.Map<Long, BigDecimal>> result = new java.util.HashMap<>();
      saved.stream()
          .filter(c -> familyIds.contains(c.familyId()) && !c.incurredOn().isAfter(until))
          .forEach(
              c ->
                  result
                      .computeIfAbsent(c.familyId(), f -> new java.util.HashMap<>())
                      .merge(c.paidBy(), c.amountSgd(), BigDecimal::add));
      return result;
    }
  }

  /** Distribution policy versions, as the database keeps them. */
  static final class DistributionPolicies
      implements org.institute.licensing.domain.DistributionPolicyRepository {
    final List<org.institute.licensing.domain.DistributionPolicyVersion> saved = new ArrayList<>();

    @Override
    public org.institute.licensing.domain.DistributionPolicyVersion add(
        org.institute.licensing.domain.DistributionPolicyVersion version) {
      set(version, "id", (long) saved.size() + 1);
      saved.add(version);
      return version;
    }

    @Override
    public List<org.institute.licensing.domain.DistributionPolicyVersion> all() {
      return saved.stream()
          .sorted(
              Comparator.comparing(
                      org.institute.licensing.domain.DistributionPolicyVersion::partnerId)
                  .thenComparing(
                      org.institute.licensing.domain.DistributionPolicyVersion::effectiveFrom,
                      Comparator.reverseOrder())
                  .thenComparing(
                      org.institute.licensing.domain.DistributionPolicyVersion::id,
                      Comparator.reverseOrder()))
          .toList();
    }

    @Override
    public java.util.Map<Long, org.institute.licensing.domain.DistributionPolicyVersion> inForceOn(
        LocalDate day) {
      java.util.Map<Long, org.institute.licensing.domain.DistributionPolicyVersion> inForce =
          new java.util.TreeMap<>();
      saved.stream()
          .filter(v -> !v.effectiveFrom().isAfter(day))
          .sorted(
              Comparator.comparing(
                      org.institute.licensing.domain.DistributionPolicyVersion::effectiveFrom)
                  .thenComparing(org.institute.licensing.domain.DistributionPolicyVersion::id))
          .forEach(v -> inForce.put(v.partnerId(), v));
      return inForce;
    }
  }

  /** Approval policy versions, as the database keeps them. */
  static final class PolicyVersions
      implements org.institute.licensing.domain.ApprovalPolicyRepository {
    final List<org.institute.licensing.domain.ApprovalPolicyVersion> saved = new ArrayList<>();

    @Override
    public org.institute.licensing.domain.ApprovalPolicyVersion add(
        org.institute.licensing.domain.ApprovalPolicyVersion version) {
      saved.add(version);
      return version;
    }

    @Override
    public List<org.institute.licensing.domain.ApprovalPolicyVersion> all() {
      return saved.stream().sorted(LATEST_FIRST).toList();
    }

    @Override
    public Optional<org.institute.licensing.domain.ApprovalPolicyVersion> inForceOn(LocalDate day) {
      return saved.stream()
          .filter(v -> !v.effectiveFrom().isAfter(day))
          .sorted(LATEST_FIRST)
          .findFirst();
    }

    @Override
    public int lastNumber() {
      return saved.stream().mapToInt(v -> v.number()).max().orElse(0);
    }

    private static final Comparator<org.institute.licensing.domain.ApprovalPolicyVersion>
        LATEST_FIRST =
            Comparator.comparing(
                    org.institute.licensing.domain.ApprovalPolicyVersion::effectiveFrom)
                .thenComparing(org.institute.licensing.domain.ApprovalPolicyVersion::number)
                .reversed();
  }

  /** Named approver roles, as the database keeps them (decision 0108). */
  static final class ApproverRoleStore
      implements org.institute.licensing.domain.ApproverRoleRepository {
    final List<org.institute.licensing.domain.ApproverRole> saved = new ArrayList<>();

    @Override
    public org.institute.licensing.domain.ApproverRole add(
        org.institute.licensing.domain.ApproverRole role) {
      saved.add(role);
      return role;
    }

    @Override
    public List<org.institute.licensing.domain.ApproverRole> all() {
      return saved.stream()
          .sorted(Comparator.comparing(org.institute.licensing.domain.ApproverRole::code))
          .toList();
    }

    @Override
    public Optional<org.institute.licensing.domain.ApproverRole> byCode(String code) {
      return saved.stream().filter(r -> r.code().equals(code)).findFirst();
    }
  }

  /** Royalty reports with ids given on adding, as the database would. */
  static final class RoyaltyReportStore
      implements org.institute.licensing.domain.RoyaltyReportRepository {
    final Map<Long, org.institute.licensing.domain.RoyaltyReport> byId = new HashMap<>();
    int versionBumps;
    private long next = 1;
    private long nextVersion = 1;

    @Override
    public org.institute.licensing.domain.RoyaltyReport add(
        org.institute.licensing.domain.RoyaltyReport report) {
      set(report, "id", next++);
      byId.put(report.id(), report);
      report.versions().forEach(v -> set(v, "id", nextVersion++));
      return report;
    }

    @Override
    public Optional<org.institute.licensing.domain.RoyaltyReport> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<org.institute.licensing.domain.RoyaltyReport> ofDeal(long dealId) {
      return byId.values().stream()
          .filter(r -> r.dealId() == dealId)
          .sorted(Comparator.comparing(r -> r.period().start()))
          .toList();
    }

    @Override
    public Map<Long, java.util.Set<LocalDate>> filedPeriodStarts(
        java.util.Collection<Long> dealIds) {
      Map<Long, java.util.Set<LocalDate>> filed = new HashMap<>();
      byId.values().stream()
          .filter(r -> dealIds.contains(r.dealId()))
          .forEach(
              r ->
                  filed
                      .computeIfAbsent(r.dealId(), k -> new java.util.HashSet<>())
                      .add(r.period().start()));
      return filed;
    }

    @Override
    public List<org.institute.licensing.domain.RoyaltyReport> inReview(
        org.institute.licensing.ReviewState state, int limit) {
      return byId.values().stream()
          .filter(r -> r.reviewState() == state)
          .sorted(Comparator.comparing(r -> r.period().end()))
          .limit(limit)
          .toList();
    }

    @Override
    public void flushWithNewVersion(org.institute.licensing.domain.RoyaltyReport report) {
      versionBumps++;
      report.versions().stream()
          .filter(v -> v.id() == null)
          .forEach(v -> set(v, "id", nextVersion++));
    }
  }

  PatentService patents(Caller caller) {
    PatentService service = new PatentService();
    set(service, "kpiStamps", kpiStamps);
    set(service, "families", families);
    set(service, "partners", partners);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    return service;
  }

  PatentImportService patentImports(Caller caller) {
    PatentImportService service = new PatentImportService();
    set(service, "kpiStamps", kpiStamps);
    set(service, "families", families);
    set(service, "partners", partners);
    set(service, "documents", documents);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    return service;
  }

  DisclosureService disclosureService(Caller caller) {
    DisclosureService service = new DisclosureService();
    set(service, "disclosures", disclosures);
    set(service, "families", families);
    set(service, "partners", partners);
    set(service, "policy", policy(caller));
    set(service, "audit", audit);
    set(service, "mailer", mails);
    set(service, "recipients", people);
    set(service, "clock", clock());
    return service;
  }

  CalendarService calendar(Caller caller, String reminderDays) {
    CalendarService service = new CalendarService();
    set(service, "families", families);
    set(service, "reminders", reminders);
    set(service, "deals", deals);
    set(service, "recipients", people);
    set(service, "mailer", mails);
    set(service, "audit", audit);
    set(service, "policy", policy(caller));
    set(service, "clock", clock());
    set(service, "obligations", obligationService(caller));
    set(service, "compliance", compliance(caller));
    set(service, "reminderDays", reminderDays);
    set(service, "transactions", transactions);
    return service;
  }

  LicensingImportService imports(Caller caller) {
    LicensingImportService service = new LicensingImportService();
    set(service, "kpiStamps", kpiStamps);
    set(service, "policy", policy(caller));
    set(service, "accounts", accounts);
    set(service, "families", families);
    set(service, "deals", deals);
    set(service, "obligations", obligationService(caller));
    set(service, "payments", payments);
    set(service, "documents", documents);
    set(service, "rates", rates);
    set(service, "audit", audit);
    set(service, "approvalPolicies", approvalPolicies(caller));
    set(service, "patentCosts", patentCosts(caller));
    set(service, "distributor", distributor());
    set(service, "distributionPolicies", distributionPolicies);
    set(service, "royaltyReports", royaltyReports(caller));
    set(service, "invoices", invoices);
    set(service, "approverRoles", approverRoleStore);
    return service;
  }

  // ---- fakes ----

  /**
   * Deals by id; {@link #add} numbers them from 1, {@link #flushWithNewVersion} counts versions.
   */
  static final class DealStore implements DealRepository {
    final Map<Long, LicenceDeal> byId = new HashMap<>();

    /** Set to make the next flush fail as a parallel change would. */
    boolean raceOnFlush;

    int flushes;

    LicenceDeal put(long id, LicenceDeal deal) {
      set(deal, "id", id);
      byId.put(id, deal);
      return deal;
    }

    @Override
    public Optional<LicenceDeal> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public LicenceDeal add(LicenceDeal deal) {
      return put(byId.size() + 1L, deal);
    }

    @Override
    public void flushWithNewVersion(LicenceDeal deal) {
      if (raceOnFlush) {
        throw new PersistenceException("optimistic lock");
      }
      flushes++;
      set(deal, "version", deal.version() + 1);
    }

    /** The arguments of the last inbox query: admin, consenting partner, excluded submitter. */
    String lastInbox;

    private List<LicenceDeal> listed(DealQuery query, Scope scope) {
      return listed(query, Set.of(), scope);
    }

    /** As the database filters: scope, state, party, and the search over title, id and names. */
    private List<LicenceDeal> listed(DealQuery query, Set<Long> partnersNamed, Scope scope) {
      return byId.values().stream()
          .filter(
              d ->
                  query
                      .search()
                      .map(
                          s ->
                              d.title().toLowerCase().contains(s.text().toLowerCase())
                                  || s.number().map(n -> n == d.id()).orElse(false)
                                  || partnersNamed.stream().anyMatch(d::isParty))
                      .orElse(true))
          .filter(
              d -> scope.fold(true, ps -> ps.stream().anyMatch(p -> d.isParty(p.value())), false))
          .filter(d -> query.state() == null || d.state() == query.state())
          .filter(d -> query.partnerId() == null || d.isParty(query.partnerId()))
          .sorted(Comparator.comparing(LicenceDeal::id))
          .toList();
    }

    /** A row as the database reads it: without the licensee's name. */
    private static DealRow row(LicenceDeal d) {
      return new DealRow(
          d.id(),
          d.title(),
          d.titles().zh(),
          d.state(),
          d.licenseeId(),
          null,
          null,
          d.currency().getCurrencyCode(),
          d.totalValue().amount(),
          d.review().submittedBy(),
          Instant.EPOCH,
          d.version());
    }

    @Override
    public List<DealRow> rows(
        DealQuery query, Set<Long> partnersNamed, Scope scope, int offset, int limit) {
      return listed(query, partnersNamed, scope).stream()
          .skip(offset)
          .limit(limit)
          .map(DealStore::row)
          .toList();
    }

    /** How often the deals were counted by {@link #count}. */
    int counts;

    @Override
    public long count(DealQuery query, Set<Long> partnersNamed, Scope scope) {
      counts++;
      return listed(query, partnersNamed, scope).size();
    }

    /** By id only, as the fixture's rows are listed: the cursor carries the last id. */
    @Override
    public org.institute.core.Slice<DealRow> slice(
        DealQuery query,
        Set<Long> partnersNamed,
        Scope scope,
        org.institute.core.PageRequest page) {
      long after = page.after() == null ? 0 : page.after().id();
      List<DealRow> rows =
          listed(query, partnersNamed, scope).stream()
              .filter(d -> d.id() > after)
              .limit(page.limit() + 1L)
              .map(DealStore::row)
              .toList();
      org.institute.core.PageCursor next = null;
      if (rows.size() > page.limit()) {
        rows = rows.subList(0, page.limit());
        DealRow last = rows.get(rows.size() - 1);
        next = org.institute.core.PageCursor.after(query.order(), "", last.id());
      }
      Long total = page.countExact() ? count(query, partnersNamed, scope) : null;
      return new org.institute.core.Slice<>(rows, next, total);
    }

    @Override
    public Map<DealState, Long> countByState(Scope scope) {
      Map<DealState, Long> counts = new EnumMap<>(DealState.class);
      listed(DealQuery.all(), scope).forEach(d -> counts.merge(d.state(), 1L, Long::sum));
      return counts;
    }

    private List<InboxEntry> waiting(boolean admin, Long partner, String excludeSubmitter) {
      lastInbox = admin + " " + partner + " " + excludeSubmitter;
      List<InboxEntry> entries = new ArrayList<>();
      byId.values().stream()
          .sorted(Comparator.comparing(LicenceDeal::id))
          .forEach(
              d -> {
                boolean consent = partner != null && d.review().pendingConsents().contains(partner);
                boolean approval =
                    admin
                        && d.state() == DealState.UNDER_REVIEW
                        && !excludeSubmitter.equals(d.review().submittedBy())
                        && !d.review().approvedBy().contains(excludeSubmitter);
                if (consent || approval) {
                  entries.add(new InboxEntry(row(d), consent));
                }
              });
      return entries;
    }

    @Override
    public List<InboxEntry> inbox(
        boolean admin, Long consentingPartner, String excludeSubmitter, int offset, int limit) {
      return waiting(admin, consentingPartner, excludeSubmitter).stream()
          .skip(offset)
          .limit(limit)
          .toList();
    }

    /** The keyset inbox: waiting longest first, after the cursor's (time, id). */
    @Override
    public org.institute.core.Slice<InboxEntry> inbox(
        boolean admin,
        Long consentingPartner,
        String excludeSubmitter,
        org.institute.core.PageRequest page) {
      Comparator<InboxEntry> order =
          Comparator.comparing((InboxEntry e) -> e.row().updatedAt())
              .thenComparing(e -> e.row().id());
      List<InboxEntry> all =
          waiting(admin, consentingPartner, excludeSubmitter).stream().sorted(order).toList();
      List<InboxEntry> after = all;
      if (page.after() != null) {
        org.institute.core.PageCursor cursor = page.after().requireOrder(INBOX_ORDER);
        java.time.Instant key = java.time.Instant.parse(cursor.key());
        after =
            all.stream()
                .filter(
                    e ->
                        e.row().updatedAt().isAfter(key)
                            || (e.row().updatedAt().equals(key) && e.row().id() > cursor.id()))
                .toList();
      }
      List<InboxEntry> rows = after.stream().limit(page.limit()).toList();
      org.institute.core.PageCursor next =
          after.size() > page.limit()
              ? org.institute.core.PageCursor.after(
                  INBOX_ORDER,
                  rows.get(rows.size() - 1).row().updatedAt().toString(),
                  rows.get(rows.size() - 1).row().id())
              : null;
      return new org.institute.core.Slice<>(
          rows, next, page.countExact() ? (Long) (long) all.size() : null);
    }

    @Override
    public long inboxCount(boolean admin, Long consentingPartner, String excludeSubmitter) {
      return waiting(admin, consentingPartner, excludeSubmitter).size();
    }

    @Override
    public List<LicenceDeal> ofLicensee(long licenseeId) {
      return byId.values().stream()
          .filter(d -> d.licenseeId() == licenseeId)
          .sorted(Comparator.comparing(LicenceDeal::id))
          .toList();
    }

    private List<LicenceDeal> inState(DealState state, int limit) {
      return byId.values().stream()
          .filter(d -> d.state() == state)
          .sorted(Comparator.comparing(LicenceDeal::id))
          .limit(limit)
          .toList();
    }

    @Override
    public List<Long> idsToActivate(LocalDate today, int limit) {
      return inState(DealState.EXECUTED, Integer.MAX_VALUE).stream()
          .filter(d -> !d.grant().termStart().isAfter(today))
          .limit(limit)
          .map(LicenceDeal::id)
          .toList();
    }

    @Override
    public List<Long> idsToExpire(LocalDate today, int limit) {
      return inState(DealState.ACTIVE, Integer.MAX_VALUE).stream()
          .filter(d -> d.grant().termEnd().isBefore(today))
          .limit(limit)
          .map(LicenceDeal::id)
          .toList();
    }

    @Override
    public List<ReportingTerms> signedTermsInState(DealState state, int limit) {
      return byId.values().stream()
          .filter(d -> d.state() == state && d.signingDate() != null)
          .sorted(Comparator.comparing(LicenceDeal::id))
          .limit(limit)
          .map(
              d ->
                  new ReportingTerms(
                      d.id(), d.signingDate(), d.grant().termStart(), d.grant().termEnd()))
          .toList();
    }
  }

  /** Patent families; a family is in a scope when one of its owners ever was. */
  static final class Families implements PatentFamilyRepository {
    final List<PatentFamily> all = new ArrayList<>();
    int flushes;

    /** Family {@code id}, owned half by NTU and half by SCUT since 1 January 2019. */
    PatentFamily registerNtuScutHalves(long id) {
      return register(
          id,
          LocalDate.of(2019, 1, 1),
          new Share(Deals.NTU, new BigDecimal("50")),
          new Share(Deals.SCUT, new BigDecimal("50")));
    }

    PatentFamily register(long id, LocalDate from, Share... owners) {
      PatentFamily f =
          PatentFamily.register(
              "PF-" + id, "Family " + id, null, from, List.of(owners), Instant.EPOCH);
      set(f, "id", id);
      all.add(f);
      return f;
    }

    @Override
    public List<PatentFamily> findAll(Collection<Long> ids) {
      return all.stream().filter(f -> ids.contains(f.id())).toList();
    }

    @Override
    public List<PatentFamily> lockAll(Collection<Long> ids) {
      return findAll(ids);
    }

    @Override
    public PatentFamily add(PatentFamily family) {
      set(family, "id", 100L + all.size());
      all.add(family);
      return family;
    }

    @Override
    public void addAll(List<PatentFamily> families) {
      families.forEach(this::add);
      flush();
    }

    @Override
    public Optional<PatentFamily> find(long id) {
      return all.stream().filter(f -> f.id() == id).findFirst();
    }

    /** Numbers the new applications from 300, as the database would. */
    @Override
    public void flush() {
      flushes++;
      all.forEach(
          f ->
              f.applications().stream()
                  .filter(a -> idOf(a) == null)
                  .forEach(a -> set(a, "id", 300L + applications++)));
    }

    private long applications;

    private static Object idOf(Object application) {
      try {
        Field id = application.getClass().getDeclaredField("id");
        id.setAccessible(true);
        return id.get(application);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean referenceTaken(String reference) {
      return all.stream().anyMatch(f -> f.reference().equalsIgnoreCase(reference));
    }

    @Override
    public List<org.institute.licensing.domain.PatentImportPlan.KnownFamily> known(
        Long filer, LocalDate today) {
      return all.stream()
          .map(
              f ->
                  new org.institute.licensing.domain.PatentImportPlan.KnownFamily(
                      f.reference(),
                      f.priorityOffice(),
                      f.priorityNumber(),
                      f.priorityDate(),
                      f.applications().stream()
                          .filter(a -> a.applicationNumber() != null)
                          .map(
                              a ->
                                  org.institute.licensing.domain.PatentOffices.key(
                                      a.jurisdiction() == org.institute.licensing.Jurisdiction.PCT
                                          ? "WO"
                                          : a.jurisdiction().name(),
                                      a.applicationNumber()))
                          .collect(java.util.stream.Collectors.toSet()),
                      filer == null || f.sharesOn(today).containsKey(filer)))
          .toList();
    }

    @Override
    public List<PatentFamily> byReferences(Collection<String> references) {
      return all.stream().filter(f -> references.contains(f.reference())).toList();
    }

    @Override
    public Page page(
        Scope scope,
        Long ownerFilter,
        org.institute.core.SearchText search,
        org.institute.core.ListSort sort,
        int offset,
        int limit) {
      Comparator<PatentFamily> order =
          switch (sort.field()) {
            case "title" -> Comparator.comparing(PatentFamily::title);
            case "priorityDate" -> Comparator.comparing(PatentFamily::priorityDate);
            default -> Comparator.comparing(PatentFamily::reference);
          };
      order = order.thenComparing(PatentFamily::id);
      List<PatentFamily> found =
          all.stream()
              .filter(f -> inScope(f.id(), scope))
              .filter(f -> ownerFilter == null || f.everyOwner().contains(ownerFilter))
              .filter(f -> search == null || matches(f, search.text().toLowerCase()))
              .sorted(sort.descending() ? order.reversed() : order)
              .toList();
      return new Page(found.stream().skip(offset).limit(limit).toList(), (long) found.size());
    }

    /** By position after the cursor's id in the same order, as the fixture keeps few families. */
    @Override
    public org.institute.core.Slice<PatentFamily> slice(
        Scope scope,
        Long ownerFilter,
        org.institute.core.SearchText search,
        org.institute.core.ListSort sort,
        org.institute.core.PageRequest page) {
      List<PatentFamily> found = page(scope, ownerFilter, search, sort, 0, 100_000).families();
      int from = 0;
      if (page.after() != null) {
        for (int i = 0; i < found.size(); i++) {
          if (found.get(i).id() == page.after().id()) {
            from = i + 1;
          }
        }
      }
      List<PatentFamily> rows = found.stream().skip(from).limit(page.limit()).toList();
      org.institute.core.PageCursor next =
          from + page.limit() < found.size()
              ? org.institute.core.PageCursor.after(sort, "", rows.get(rows.size() - 1).id())
              : null;
      return new org.institute.core.Slice<>(
          rows, next, page.countExact() ? (long) found.size() : null);
    }

    @Override
    public long count(Scope scope, Long ownerFilter) {
      throw new UnsupportedOperationException();
    }

    /** As the database searches: reference, title, application and grant numbers. */
    private static boolean matches(PatentFamily f, String lowerText) {
      return f.reference().toLowerCase().contains(lowerText)
          || f.title().toLowerCase().contains(lowerText)
          || f.applications().stream()
              .anyMatch(
                  a ->
                      a.view().applicationNumber().toLowerCase().contains(lowerText)
                          || (a.view().grantNumber() != null
                              && a.view().grantNumber().toLowerCase().contains(lowerText)));
    }

    @Override
    public List<PatentFamily> withPriorityBetween(LocalDate from, LocalDate to, Scope scope) {
      // the database selects by the deadlines' dates: PCT at 12 and national phase at 30 months
      return all.stream()
          .filter(f -> inScope(f.id(), scope))
          .filter(
              f ->
                  PatentFamily.deadlines(f.id(), f.reference(), f.priorityDate(), false, false)
                      .stream()
                      .anyMatch(d -> !d.due().isBefore(from) && !d.due().isAfter(to)))
          .toList();
    }

    @Override
    public List<org.institute.licensing.Deadline> openDeadlines(
        LocalDate from, LocalDate to, Scope scope) {
      return withPriorityBetween(from, to, scope).stream()
          .sorted(
              java.util.Comparator.comparing(PatentFamily::priorityDate)
                  .thenComparing(PatentFamily::id))
          .flatMap(f -> f.openDeadlines().stream())
          .toList();
    }

    @Override
    public long applicationCount(Scope scope) {
      return all.stream()
          .filter(f -> inScope(f.id(), scope))
          .mapToLong(f -> f.applications().size())
          .sum();
    }

    @Override
    public boolean inScope(long familyId, Scope scope) {
      return find(familyId)
          .map(f -> scope.includesAny(f.everyOwner().stream().map(PartnerId::new).toList()))
          .orElse(false);
    }
  }

  static final class Disclosures implements DisclosureRepository {
    final List<Disclosure> all = new ArrayList<>();
    boolean raceOnFlush;
    int flushes;

    @Override
    public Disclosure add(Disclosure disclosure) {
      set(disclosure, "id", 50L + all.size());
      all.add(disclosure);
      return disclosure;
    }

    @Override
    public Optional<Disclosure> find(long id) {
      return all.stream().filter(d -> d.id() == id).findFirst();
    }

    @Override
    public void flushWithNewVersion(Disclosure disclosure) {
      if (raceOnFlush) {
        throw new PersistenceException("optimistic lock");
      }
      flushes++;
    }

    @Override
    public List<Disclosure> page(DisclosureState state, Scope scope, int offset, int limit) {
      return all.stream()
          .filter(d -> state == null || d.state() == state)
          .filter(
              d -> scope.fold(true, ps -> ps.stream().anyMatch(p -> d.concerns(p.value())), false))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    /** The search as the SQL does it, in the title only: enough to see what the service asks. */
    @Override
    public Found search(
        DisclosureState state,
        Scope scope,
        org.institute.core.SearchText text,
        org.institute.core.ListSort sort,
        int offset,
        int limit) {
      List<Disclosure> found =
          page(state, scope, 0, Integer.MAX_VALUE).stream()
              .filter(
                  d ->
                      text == null
                          || d.title()
                              .toLowerCase(java.util.Locale.ROOT)
                              .contains(text.text().toLowerCase(java.util.Locale.ROOT)))
              .toList();
      return new Found(found.stream().skip(offset).limit(limit).toList(), found.size());
    }
  }

  static final class Payments implements PaymentRepository {
    final List<Payment> all = new ArrayList<>();

    @Override
    public Payment add(Payment payment) {
      set(payment, "id", (long) all.size() + 1);
      all.add(payment);
      return payment;
    }

    @Override
    public Optional<Payment> find(long id) {
      return all.stream().filter(p -> p.id() != null && p.id() == id).findFirst();
    }

    @Override
    public List<Payment> ofDeal(long dealId) {
      return all.stream().filter(p -> p.dealId() == dealId).toList();
    }

    @Override
    public List<Payment> ofInvoices(java.util.Collection<Long> invoiceIds) {
      return all.stream().filter(p -> invoiceIds.contains(p.invoiceId())).toList();
    }

    @Override
    public java.util.Map<Long, java.util.Map<Long, BigDecimal>> distributedSgd(
        Collection<Long> familyIds,
        Collection<org.institute.licensing.DistributionStep> steps,
        Long beforePayment) {
      java.util.Map<Long, java.util.Map<Long, BigDecimal>> result = new java.util.HashMap<>();
      all.stream()
          .filter(p -> !p.isVoided() && (beforePayment == null || p.id() < beforePayment))
          .flatMap(p -> p.lines().stream())
          .filter(l -> familyIds.contains(l.familyId()) && steps.contains(l.step()))
          .forEach(
              l ->
                  result
                      .computeIfAbsent(l.familyId(), f -> new java.util.HashMap<>())
                      .merge(l.partnerId(), l.amountSgd(), BigDecimal::add));
      return result;
    }

    @Override
    public Optional<LocalDate> lastDistributedOn(long partnerId) {
      return all.stream()
          .filter(
              p ->
                  p.lines().stream()
                      .anyMatch(
                          l ->
                              l.partnerId() == partnerId
                                  && l.step()
                                      != org.institute.licensing.DistributionStep.COST_RECOVERY))
          .map(Payment::receivedOn)
          .max(Comparator.naturalOrder());
    }

    @Override
    public List<org.institute.licensing.domain.DistributionLine> lines(
        org.institute.licensing.domain.DistributionLineQuery q) {
      return all.stream()
          .filter(p -> !p.isVoided())
          .filter(p -> q.dealId() == null || p.dealId() == q.dealId())
          .filter(p -> q.from() == null || !p.receivedOn().isBefore(q.from()))
          .filter(p -> q.to() == null || !p.receivedOn().isAfter(q.to()))
          .sorted(Comparator.comparing(Payment::receivedOn).thenComparing(Payment::id).reversed())
          .flatMap(p -> p.lines().stream())
          .filter(l -> q.partnerId() == null || l.partnerId() == q.partnerId())
          .filter(l -> q.partners() == null || q.partners().contains(l.partnerId()))
          .filter(
              l ->
                  q.inventor() == null
                      || (l.inventor() != null
                          && l.inventor().name().equalsIgnoreCase(q.inventor())))
          .limit(q.limit())
          .toList();
    }
  }

  /** Invoices with ids given on adding, as the database would. */
  static final class InvoiceStore implements org.institute.licensing.domain.InvoiceRepository {
    final List<org.institute.licensing.domain.Invoice> all = new ArrayList<>();

    @Override
    public org.institute.licensing.domain.Invoice add(org.institute.licensing.domain.Invoice i) {
      set(i, "id", (long) all.size() + 1);
      all.add(i);
      return i;
    }

    @Override
    public Optional<org.institute.licensing.domain.Invoice> find(long id) {
      return all.stream().filter(i -> i.id() == id).findFirst();
    }

    @Override
    public List<org.institute.licensing.domain.Invoice> ofReport(long reportId) {
      return all.stream().filter(i -> i.reportId() == reportId).toList();
    }

    /** How many times an invoice was locked to issue interest on it. */
    final Map<Long, Integer> interestLocks = new HashMap<>();

    @Override
    public void lockForInterest(org.institute.licensing.domain.Invoice invoice) {
      interestLocks.merge(invoice.id(), 1, Integer::sum);
    }

    @Override
    public List<org.institute.licensing.domain.Invoice> interestOn(long invoiceId) {
      return all.stream()
          .filter(i -> Long.valueOf(invoiceId).equals(i.interestOnInvoiceId()))
          .toList();
    }

    @Override
    public List<org.institute.licensing.domain.Invoice> page(
        Long licenseeId, org.institute.core.Scope scope, Long beforeId, int limit) {
      return all.stream()
          .filter(i -> licenseeId == null || i.licenseeId() == licenseeId)
          .filter(i -> beforeId == null || i.id() < beforeId)
          .sorted(Comparator.comparing(org.institute.licensing.domain.Invoice::id).reversed())
          .limit(limit)
          .toList();
    }

    @Override
    public long count(Long licenseeId, org.institute.core.Scope scope) {
      return page(licenseeId, scope, null, Integer.MAX_VALUE).size();
    }

    @Override
    public List<org.institute.licensing.domain.Invoice> dueBetween(LocalDate from, LocalDate to) {
      return all.stream()
          .filter(i -> org.institute.licensing.InvoiceKind.OWED.contains(i.kind()))
          .filter(i -> !i.dueDate().isBefore(from) && !i.dueDate().isAfter(to))
          .toList();
    }

    @Override
    public List<org.institute.licensing.domain.Invoice> ofLicensee(long licenseeId) {
      return all.stream().filter(i -> i.licenseeId() == licenseeId).toList();
    }
  }

  /** Numbers per series and year from 1, as the counter row gives them. */
  static final class Numbers implements org.institute.licensing.domain.InvoiceNumbers {
    final Map<String, Long> last = new HashMap<>();

    @Override
    public long next(org.institute.licensing.InvoiceKind kind, int year) {
      return last.merge(kind.series() + year, 1L, Long::sum);
    }
  }

  /**
   * NTU, SCUT (universities) and the licensee Huaxin (a company), each with its Chinese name; GKC
   * only once added (without one).
   */
  static final class Partners implements PartnerDirectory {
    final List<PartnerSummary> all =
        new ArrayList<>(
            List.of(
                partner(
                    Deals.NTU,
                    "NTU",
                    "Nanyang Technological University",
                    "南洋理工大学",
                    PartnerKind.UNIVERSITY),
                partner(
                    Deals.SCUT,
                    "SCUT",
                    "South China University of Technology",
                    "华南理工大学",
                    PartnerKind.UNIVERSITY),
                partner(Deals.LICENSEE, "HX", "Huaxin", "华信", PartnerKind.PRIVATE_COMPANY)));

    static PartnerSummary partner(
        long id, String code, String name, String nameZh, PartnerKind kind) {
      return new PartnerSummary(
          new PartnerId(id), code, name, nameZh, kind, "SG", "Singapore", Set.of(), true);
    }

    void add(long id, String code, String name, PartnerKind kind, boolean active) {
      all.add(
          new PartnerSummary(
              new PartnerId(id), code, name, null, kind, "CN", "Guangzhou", Set.of(), active));
    }

    @Override
    public List<PartnerSummary> all() {
      return List.copyOf(all);
    }

    @Override
    public Optional<PartnerSummary> find(PartnerId id) {
      return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<PartnerSummary> findByCode(String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PartnerSummary> withRole(PartnerRole role) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PartnerName> nameOn(PartnerId id, LocalDate date) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean mayActFor(PartnerId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PartnerSummary requireMayActFor(PartnerId id, String field) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PartnerSummary register(NewPartner partner) {
      throw new UnsupportedOperationException();
    }
  }

  /** One rate from {@link #firstRate} on, quoted the day before the money's date. */
  static final class Rates implements ExchangeRates {
    LocalDate firstRate = LocalDate.of(2020, 1, 1);

    @Override
    public Optional<Conversion> convert(Money money, Currency target, LocalDate on) {
      if (on.isBefore(firstRate)) {
        return Optional.empty();
      }
      BigDecimal rate =
          target.getCurrencyCode().equals("CNY")
              ? RATE
              : BigDecimal.ONE.divide(RATE, 8, RoundingMode.HALF_EVEN);
      Money result =
          Money.of(money.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN), target);
      return Optional.of(new Conversion(money, result, rate, on, on.minusDays(1)));
    }

    @Override
    public void recordRate(
        LocalDate date, Currency base, Currency quote, BigDecimal rate, String source) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CurrencyConverter converterBetween(Currency one, Currency other) {
      throw new UnsupportedOperationException();
    }
  }

  /** Entries as "ACTION Type id: summary". */
  /**
   * Each unit of work runs at once; it remembers how many audit entries each unit wrote, so a test
   * can see that a long job commits every item on its own.
   */
  static final class Units implements Transactions {
    private final Audit audit;
    final List<Integer> auditEntriesPerUnit = new ArrayList<>();
    private int depth;
    private int refused;
    private int meanwhileBefore;
    private Runnable meanwhile;

    Units(Audit audit) {
      this.audit = audit;
    }

    @Override
    public void checkpoint() {
      // the fixture's repositories hold their records in memory: nothing to write or let go of
    }

    @Override
    public <T> T inOwnTransaction(Supplier<T> work) {
      if (depth > 0) {
        throw new AssertionError("a unit of work started inside another");
      }
      if (auditEntriesPerUnit.size() + 1 == meanwhileBefore) {
        meanwhile.run();
      }
      if (auditEntriesPerUnit.size() + 1 == refused) {
        auditEntriesPerUnit.add(0);
        throw new IllegalStateException("unit " + refused + " refused at commit");
      }
      int before = audit.entries.size();
      depth++;
      try {
        return work.get();
      } finally {
        depth--;
        auditEntriesPerUnit.add(audit.entries.size() - before);
      }
    }

    /** The {@code n}th unit (from 1) fails as a refused commit would, leaving nothing behind. */
    void refuse(int n) {
      refused = n;
    }

    /**
     * {@code what} happens, outside any unit, just before the {@code n}th unit (from 1) starts: a
     * person, a payment or another node changing what a run read as due.
     */
    void meanwhile(int n, Runnable what) {
      meanwhileBefore = n;
      meanwhile = what;
    }
  }

  static final class Audit implements AuditTrail {
    final List<String> entries = new ArrayList<>();

    @Override
    public void record(String action, String entityType, String entityId, String summary) {
      entries.add(action + " " + entityType + " " + entityId + ": " + summary);
    }

    @Override
    public void recordAs(
        String actor, String action, String entityType, String entityId, String summary) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AuditPage search(AuditQuery query, int firstResult, int maxResults) {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.institute.core.Slice<org.institute.core.AuditEntryView> entries(
        AuditQuery query, org.institute.core.PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.util.Optional<org.institute.core.ChainVerification> lastVerification() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long length() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ChainCheck verify() {
      throw new UnsupportedOperationException();
    }
  }

  record Mail(String to, String subject, String body) {}

  static final class Mails implements Mailer {
    final List<Mail> sent = new ArrayList<>();

    @Override
    public void send(String recipient, String subject, String body) {
      sent.add(new Mail(recipient, subject, body));
    }

    List<String> recipients() {
      return sent.stream().map(Mail::to).toList();
    }
  }

  /**
   * Mail addresses: admin@ and admin2@ are admins, each partner of {@link Deals} has one staff
   * address (ntu.staff@, scut.staff@, gkc.staff@, huaxin.staff@).
   */
  static final class People implements Recipients {
    final Map<Role, List<String>> byRole = new EnumMap<>(Role.class);
    final Map<Long, List<String>> byPartner = new HashMap<>();

    People() {
      byRole.put(Role.ADMIN, List.of("admin@i.org", "admin2@i.org"));
      byPartner.put(Deals.NTU, List.of("ntu.staff@i.org"));
      byPartner.put(Deals.SCUT, List.of("scut.staff@i.org"));
      byPartner.put(Deals.GKC, List.of("gkc.staff@i.org"));
      byPartner.put(Deals.LICENSEE, List.of("huaxin.staff@i.org"));
    }

    @Override
    public List<String> withRole(Role role) {
      return byRole.getOrDefault(role, List.of());
    }

    @Override
    public List<String> staffOf(PartnerId partner) {
      return byPartner.getOrDefault(partner.value(), List.of());
    }

    /** The licensee's staff: huaxin.licensee@, who reads Chinese. */
    @Override
    public List<org.institute.core.Addressee> addresseesOf(PartnerId partner, Role role) {
      return role == Role.LICENSEE && partner.value() == Deals.LICENSEE
          ? List.of(new org.institute.core.Addressee("huaxin.licensee@i.org", "zh-CN"))
          : List.of();
    }

    @Override
    public List<org.institute.core.Addressee> addresseesWithRole(Role role) {
      return withRole(role).stream().map(e -> new org.institute.core.Addressee(e, "en")).toList();
    }
  }

  /** The accounts of {@link Deals}' actors, each with the address {@link People} lists. */
  static final class AccountBook implements Accounts {
    final Map<String, AccountView> byName = new HashMap<>();

    AccountBook() {
      admin("admin");
      admin("admin2");
      staff("ntu.staff", Deals.NTU);
      staff("ntu.other", Deals.NTU);
      staff("scut.staff", Deals.SCUT);
      staff("gkc.staff", Deals.GKC);
      staff("huaxin.staff", Deals.LICENSEE);
    }

    void admin(String name) {
      byName.put(
          name,
          new AccountView(
              byName.size() + 1L,
              name,
              name,
              name + "@i.org",
              "en",
              Set.of(Role.ADMIN),
              null,
              true,
              false));
    }

    /** The account as an admin leaves it when they disable it: its roles kept, no sign-in. */
    void disable(String name) {
      AccountView a = byName.get(name);
      byName.put(
          name,
          new AccountView(
              a.id(),
              a.username(),
              a.displayName(),
              a.email(),
              a.language(),
              a.roles(),
              a.partner(),
              false,
              a.mfa()));
    }

    void staff(String name, long partner) {
      byName.put(
          name,
          new AccountView(
              byName.size() + 1L,
              name,
              name,
              name + "@i.org",
              "en",
              Set.of(Role.PARTNER_STAFF),
              new PartnerId(partner),
              true,
              false));
    }

    @Override
    public Optional<AccountView> find(String username) {
      return Optional.ofNullable(byName.get(username));
    }

    @Override
    public SignInResult signIn(String username, char[] password, String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SignInResult signInWithCode(String username, String code) {
      throw new UnsupportedOperationException();
    }

    @Override
    public AccountView open(NewAccount account) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<AccountView> openFirstAdmin(String username, String email, char[] password) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void changeLanguage(String username, String language) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count() {
      throw new UnsupportedOperationException();
    }
  }

  /** Stored PDFs numbered from 700; an empty or missing content is refused as the core does. */
  static final class Pdfs implements Documents {
    final Map<Long, StoredDocument> stored = new HashMap<>();
    final Map<Long, byte[]> contents = new HashMap<>();

    @Override
    public StoredDocument storePdf(String field, String fileName, byte[] content) {
      if (content == null || content.length == 0) {
        throw InvalidCommandException.of(field, "document.required");
      }
      long id = 700L + stored.size();
      StoredDocument doc =
          new StoredDocument(
              id, fileName, "application/pdf", content.length, "sha", Instant.EPOCH, "test");
      stored.put(id, doc);
      contents.put(id, content);
      return doc;
    }

    @Override
    public StoredDocument storeSource(
        String field, String fileName, String mediaType, byte[] content) {
      StoredDocument pdf = storePdf(field, fileName, content);
      StoredDocument source =
          new StoredDocument(
              pdf.id(),
              pdf.fileName(),
              mediaType,
              pdf.size(),
              pdf.sha256(),
              pdf.storedAt(),
              pdf.storedBy());
      stored.put(source.id(), source);
      return source;
    }

    @Override
    public Optional<StoredDocument> find(long id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<byte[]> content(long id) {
      return Optional.ofNullable(contents.get(id));
    }
  }

  static final class Reminders implements DeadlineReminderRepository {
    final List<String> sent = new ArrayList<>();

    private static String key(Deadline d, int days) {
      return d.familyId() + " " + d.kind() + " " + d.due() + " " + days;
    }

    @Override
    public boolean sent(Deadline deadline, int daysBefore) {
      return sent.contains(key(deadline, daysBefore));
    }

    @Override
    public void add(DeadlineReminder reminder) {
      try {
        Field deadline = DeadlineReminder.class.getDeclaredField("familyId");
        deadline.setAccessible(true);
        Field kind = DeadlineReminder.class.getDeclaredField("kind");
        kind.setAccessible(true);
        Field due = DeadlineReminder.class.getDeclaredField("due");
        due.setAccessible(true);
        Field days = DeadlineReminder.class.getDeclaredField("daysBefore");
        days.setAccessible(true);
        sent.add(
            deadline.get(reminder)
                + " "
                + kind.get(reminder)
                + " "
                + due.get(reminder)
                + " "
                + days.get(reminder));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The events fired, in order. */
  static final class Fired<T> implements Event<T> {
    final List<T> events = new ArrayList<>();

    @Override
    public void fire(T event) {
      events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
