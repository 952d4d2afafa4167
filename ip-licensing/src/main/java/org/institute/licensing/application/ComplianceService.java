package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.Addressee;
import org.institute.core.AuditTrail;
import org.institute.core.Mailer;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.PublicLinks;
import org.institute.core.Recipients;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.Transactions;
import org.institute.licensing.ComplianceView;
import org.institute.licensing.DealState;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.LicenseeCompliance;
import org.institute.licensing.OutstandingByLicensee;
import org.institute.licensing.ReportTimeliness;
import org.institute.licensing.domain.Ageing;
import org.institute.licensing.domain.ComplianceReminder;
import org.institute.licensing.domain.ComplianceReminderRepository;
import org.institute.licensing.domain.ComplianceYears;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.DueReminderSchedule;
import org.institute.licensing.domain.InterestInvoicing;
import org.institute.licensing.domain.Invoice;
import org.institute.licensing.domain.InvoiceBalance;
import org.institute.licensing.domain.InvoiceRepository;
import org.institute.licensing.domain.LateInterest;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.licensing.domain.ReportDeadline;
import org.institute.licensing.domain.ReportingPeriod;
import org.institute.licensing.domain.RoyaltyReport;
import org.institute.licensing.domain.RoyaltyReportRepository;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/**
 * A licensee's compliance and the reminders of reports and invoices (issue 18, item 6; decision
 * 0104). Every figure is read from the records: reporting periods of the deals, their reports'
 * first filing, invoices and credit notes, payments against invoices.
 */
@ApplicationScoped
@Transactional
class ComplianceService implements LicenseeCompliance {

  /** A stage missed by a run that was down is still sent this many days after its day. */
  static final int CATCH_UP_DAYS = 7;

  /** The reminders' read asks for the filed reports of this many deals at a time. */
  private static final int FILED_BATCH = 500;

  @Inject private DealRepository deals;
  @Inject private RoyaltyReportRepository reports;
  @Inject private InvoiceRepository invoices;
  @Inject private PaymentRepository payments;
  @Inject private ComplianceReminderRepository reminders;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingPolicy policy;
  @Inject private Recipients recipients;
  @Inject private Mailer mailer;
  @Inject private PublicLinks publicLinks;
  @Inject private AuditTrail audit;
  @Inject private Transactions transactions;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "institute.licensing.report-due-days", defaultValue = "30")
  int reportDueDays = ReportDeadline.DEFAULT_DAYS;

  @Inject
  @ConfigProperty(name = "institute.licensing.compliance-reminder-days", defaultValue = "-7,1,30")
  String reminderDays = "-7,1,30";

  @Inject
  @ConfigProperty(name = "institute.licensing.compliance-months", defaultValue = "12")
  int months = 12;

  @Override
  public ComplianceView ofMyCompany() {
    return of(policy.requireLicenseeCompany());
  }

  @Override
  public ComplianceView of(long licenseeId) {
    if (licenseeId <= 0) {
      throw new RecordNotFoundException("licensee " + licenseeId); // no partner has such an id
    }
    Optional<Long> company = policy.licenseeCompany();
    if (company.isPresent() && company.get() != licenseeId) {
      throw new RecordNotFoundException("licensee " + licenseeId);
    }
    if (company.isEmpty()) {
      policy.readScope(); // refuses callers who read no licensing records
    }
    PartnerSummary licensee =
        partners
            .find(new PartnerId(licenseeId))
            .orElseThrow(() -> new RecordNotFoundException("licensee " + licenseeId));
    LocalDate today = LocalDate.now(clock);
    List<LicenceDeal> readable =
        deals.ofLicensee(licenseeId).stream()
            .filter(d -> d.signingDate() != null && d.state().acceptsPayments())
            .filter(policy::mayReadReports)
            .toList();
    Map<Long, LicenceDeal> byId = new LinkedHashMap<>();
    readable.forEach(d -> byId.put(d.id(), d));

    ComplianceYears years = new ComplianceYears();
    List<ComplianceView.ReportRow> rows = new ArrayList<>();
    for (LicenceDeal deal : readable) {
      String currency = deal.currency().getCurrencyCode();
      Map<LocalDate, RoyaltyReport> byStart = new HashMap<>();
      for (RoyaltyReport r : reports.ofDeal(deal.id())) {
        byStart.put(r.period().start(), r);
        years.reported(
            r.period().end().getYear(), currency, r.current().due(deal.currency()).due().amount());
      }
      for (ReportingPeriod p : tracked(deal, today)) {
        RoyaltyReport r = byStart.get(p.start());
        LocalDate due = ReportDeadline.due(p, reportDueDays);
        LocalDate filedOn =
            r == null ? null : LocalDate.ofInstant(r.versions().get(0).filedAt(), clock.getZone());
        rows.add(
            new ComplianceView.ReportRow(
                deal.id(),
                deal.titles().en(),
                deal.titles().zh(),
                p.licenceYear(),
                p.quarter(),
                p.start(),
                p.end(),
                due,
                filedOn,
                ReportDeadline.timeliness(due, filedOn, today),
                r == null ? null : r.id()));
      }
    }
    rows.sort(
        java.util.Comparator.comparing(ComplianceView.ReportRow::periodEnd)
            .thenComparing(ComplianceView.ReportRow::dealId));

    List<Invoice> ofLicensee =
        invoices.ofLicensee(licenseeId).stream().filter(i -> byId.containsKey(i.dealId())).toList();
    Map<Long, List<Payment>> paid =
        payments.ofInvoices(ofLicensee.stream().map(Invoice::id).toList()).stream()
            .filter(p -> !p.isVoided())
            .collect(Collectors.groupingBy(Payment::invoiceId));
    Map<String, Ageing> ageing = new TreeMap<>();
    List<ComplianceView.InterestRow> interest = new ArrayList<>();
    for (Invoice i : ofLicensee) {
      String currency = i.currency().getCurrencyCode();
      List<Payment> against = paid.getOrDefault(i.id(), List.of());
      if (i.kind() == InvoiceKind.INTEREST) {
        // owed and aged as any invoice, but not royalty invoiced or paid (decision 0109)
        ageing.put(
            currency,
            ageing
                .getOrDefault(currency, Ageing.none())
                .plus(i.dueDate(), balance(i, List.of(), against).outstanding().amount(), today));
        continue;
      }
      years.invoiced(i.issueDate().getYear(), currency, i.amount().amount());
      against.forEach(p -> years.paid(p.receivedOn().getYear(), currency, p.amount()));
      if (i.kind() != InvoiceKind.INVOICE) {
        continue;
      }
      List<Invoice> credits = creditNotesOf(i, ofLicensee);
      InvoiceBalance balance = balance(i, credits, against);
      ageing.put(
          currency,
          ageing
              .getOrDefault(currency, Ageing.none())
              .plus(i.dueDate(), balance.outstanding().amount(), today));
      BigDecimal rate = byId.get(i.dealId()).grant().lateInterestPercent();
      List<Invoice> charged =
          ofLicensee.stream()
              .filter(
                  c -> c.kind() == InvoiceKind.INTEREST && i.id().equals(c.interestOnInvoiceId()))
              .toList();
      InterestInvoicing accrued = interest(i, credits, against, charged, rate, today);
      if (accrued.accrued().signum() > 0) {
        interest.add(
            new ComplianceView.InterestRow(
                i.id(),
                i.number(),
                i.dealId(),
                currency,
                rate,
                i.dueDate(),
                LateInterest.daysOverdue(i.dueDate(), today),
                balance.outstanding().amount(),
                accrued.accrued(),
                accrued.invoiced(),
                accrued.notYetInvoiced()));
      }
    }
    List<OutstandingByLicensee> outstanding = new ArrayList<>();
    ageing.forEach(
        (currency, a) -> {
          if (a.total().signum() != 0) {
            outstanding.add(
                new OutstandingByLicensee(
                    licenseeId,
                    licensee.nameEn(),
                    licensee.nameZh(),
                    currency,
                    a.notDue(),
                    a.upTo30(),
                    a.upTo60(),
                    a.upTo90(),
                    a.over90(),
                    a.total()));
          }
        });
    return new ComplianceView(
        licenseeId,
        licensee.nameEn(),
        licensee.nameZh(),
        today,
        count(rows, ReportTimeliness.ON_TIME),
        count(rows, ReportTimeliness.LATE),
        count(rows, ReportTimeliness.OVERDUE),
        rows,
        outstanding,
        years.rows(),
        interest);
  }

  /**
   * The periods whose reports are followed: those that have ended within the last {@code
   * institute.licensing.compliance-months} months (12 by default). Older periods are history.
   */
  private List<ReportingPeriod> tracked(LicenceDeal deal, LocalDate today) {
    LocalDate from = today.minusMonths(months);
    return ReportingPeriod.of(deal.grant().termStart(), deal.grant().termEnd(), deal.signingDate())
        .stream()
        .filter(p -> p.end().isBefore(today) && !p.end().isBefore(from))
        .toList();
  }

  private static int count(List<ComplianceView.ReportRow> rows, ReportTimeliness t) {
    return (int) rows.stream().filter(r -> r.timeliness() == t).count();
  }

  private static List<Invoice> creditNotesOf(Invoice invoice, List<Invoice> all) {
    return all.stream()
        .filter(
            c -> c.kind() == InvoiceKind.CREDIT_NOTE && invoice.id().equals(c.creditsInvoiceId()))
        .toList();
  }

  private static InvoiceBalance balance(
      Invoice invoice, List<Invoice> credits, List<Payment> against) {
    return InvoiceBalance.of(
        invoice.amount(),
        credits.stream().map(Invoice::amount).toList(),
        against.stream().map(p -> Money.of(p.amount(), invoice.currency())).toList());
  }

  /** The late-payment interest of an invoice to {@code today} (decision 0104). */
  static BigDecimal accrued(
      Invoice invoice,
      List<Invoice> credits,
      List<Payment> against,
      BigDecimal rate,
      LocalDate today) {
    return LateInterest.accrued(
        invoice.amount().amount(), movements(credits, against), invoice.dueDate(), rate, today);
  }

  /**
   * The interest accrued on an invoice to {@code today} against what its interest invoices charged
   * (decision 0109); for a credit note or an interest invoice, nothing.
   */
  static InterestInvoicing interest(
      Invoice invoice,
      List<Invoice> credits,
      List<Payment> against,
      List<Invoice> interestInvoices,
      BigDecimal rate,
      LocalDate today) {
    BigDecimal accrued =
        invoice.kind() == InvoiceKind.INVOICE
            ? accrued(invoice, credits, against, rate, today)
            : BigDecimal.ZERO.setScale(2);
    return InterestInvoicing.of(
        invoice.kind(),
        rate,
        accrued,
        interestInvoices.stream().map(i -> i.amount().amount()).toList());
  }

  /**
   * The last day of interest an interest invoice issued {@code today} charges: the day the invoice
   * was settled, or today.
   */
  static LocalDate interestTo(
      Invoice invoice, List<Invoice> credits, List<Payment> against, LocalDate today) {
    return LateInterest.settledOn(invoice.amount().amount(), movements(credits, against), today)
        .filter(d -> d.isBefore(today))
        .orElse(today);
  }

  private static List<LateInterest.Movement> movements(
      List<Invoice> credits, List<Payment> against) {
    List<LateInterest.Movement> movements = new ArrayList<>();
    credits.forEach(
        c -> movements.add(new LateInterest.Movement(c.issueDate(), c.amount().amount())));
    against.stream()
        .filter(p -> !p.isVoided())
        .forEach(
            p -> movements.add(new LateInterest.Movement(p.receivedOn(), p.amount().negate())));
    return movements;
  }

  // ---- reminders ----

  /**
   * Reminds the licensee's staff and the admins of reports not filed and invoices not settled, at
   * the stages of {@code institute.licensing.compliance-reminder-days} around the due date, once
   * per subject and stage (decision 0104). Returns how many reminders were sent.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  int remind(LocalDate today) {
    List<Integer> stages = DueReminderSchedule.parse(reminderDays);
    if (stages.isEmpty()) {
      return 0;
    }
    return CalendarRun.each(
        transactions,
        () -> remindersDue(today, stages),
        due -> remindOne(due, today, stages),
        "compliance reminder");
  }

  /** A report not filed (its deal and period) or an invoice not settled, with a stage due. */
  private record DueReminder(
      ComplianceReminder.Subject subject, long id, LocalDate periodStart, LocalDate due) {}

  /** What {@link #remind} sends, read in one transaction that changes nothing. */
  private List<DueReminder> remindersDue(LocalDate today, List<Integer> stages) {
    int first = stages.get(0);
    int last = stages.get(stages.size() - 1);
    // subjects whose first stage has come and whose last stage is at most CATCH_UP_DAYS old
    LocalDate dueFrom = today.minusDays(last + (long) CATCH_UP_DAYS);
    LocalDate dueTo = today.minusDays(first);
    List<DueReminder> due = new ArrayList<>();
    for (DealState state : DealState.values()) {
      if (!state.acceptsPayments()) {
        continue;
      }
      List<DealRepository.ReportingTerms> owing = deals.signedTermsInState(state, 5000);
      Map<Long, Set<LocalDate>> filedByDeal = new HashMap<>();
      for (int from = 0; from < owing.size(); from += FILED_BATCH) {
        filedByDeal.putAll(
            reports.filedPeriodStarts(
                owing.subList(from, Math.min(owing.size(), from + FILED_BATCH)).stream()
                    .map(DealRepository.ReportingTerms::dealId)
                    .toList()));
      }
      for (DealRepository.ReportingTerms deal : owing) {
        Set<LocalDate> filed = filedByDeal.getOrDefault(deal.dealId(), Set.of());
        for (ReportingPeriod p :
            ReportingPeriod.of(deal.termStart(), deal.termEnd(), deal.signingDate())) {
          LocalDate on = ReportDeadline.due(p, reportDueDays);
          if (!on.isBefore(dueFrom) && !on.isAfter(dueTo) && !filed.contains(p.start())) {
            String key = ComplianceReminder.Subject.reportKey(deal.dealId(), p.start());
            if (stageUnsent(ComplianceReminder.Subject.REPORT, key, on, today, stages)) {
              due.add(
                  new DueReminder(ComplianceReminder.Subject.REPORT, deal.dealId(), p.start(), on));
            }
          }
        }
      }
    }
    for (Invoice i : invoices.dueBetween(dueFrom, dueTo)) {
      if (owed(i).isPresent()
          && stageUnsent(
              ComplianceReminder.Subject.INVOICE, i.id().toString(), i.dueDate(), today, stages)) {
        due.add(new DueReminder(ComplianceReminder.Subject.INVOICE, i.id(), null, i.dueDate()));
      }
    }
    return due;
  }

  private Set<LocalDate> filedPeriods(long dealId) {
    return reports.filedPeriodStarts(List.of(dealId)).getOrDefault(dealId, Set.of());
  }

  private boolean stageUnsent(
      ComplianceReminder.Subject subject,
      String key,
      LocalDate due,
      LocalDate today,
      List<Integer> stages) {
    OptionalInt stage = DueReminderSchedule.stage(due, today, stages);
    return stage.isPresent() && !reminders.sent(subject, key, due, stage.getAsInt());
  }

  /** What the invoice still owes, or empty when it is settled. */
  private Optional<Owed> owed(Invoice i) {
    List<Invoice> ofReport = invoices.ofReport(i.reportId());
    List<Payment> against =
        payments.ofInvoices(List.of(i.id())).stream().filter(p -> !p.isVoided()).toList();
    InvoiceBalance balance = balance(i, creditNotesOf(i, ofReport), against);
    return balance.settled() ? Optional.empty() : Optional.of(new Owed(i, balance.outstanding()));
  }

  /**
   * Sends one reminder in its own transaction if its report is still not filed or its invoice still
   * not settled, and its stage still unsent.
   */
  private boolean remindOne(DueReminder due, LocalDate today, List<Integer> stages) {
    if (due.subject() == ComplianceReminder.Subject.INVOICE) {
      Optional<Owed> owed = invoices.find(due.id()).flatMap(this::owed);
      if (owed.isEmpty()) {
        return false;
      }
      Invoice i = owed.get().invoice();
      return send(
          ComplianceReminder.Subject.INVOICE,
          i.id().toString(),
          deals.find(i.dealId()).orElseThrow(),
          i.dueDate(),
          today,
          stages,
          null,
          owed.get());
    }
    LicenceDeal deal = deals.find(due.id()).orElse(null);
    if (deal == null
        || !deal.state().acceptsPayments()
        || filedPeriods(deal.id()).contains(due.periodStart())) {
      return false;
    }
    return ReportingPeriod.of(deal.grant().termStart(), deal.grant().termEnd(), deal.signingDate())
        .stream()
        .filter(p -> p.start().equals(due.periodStart()))
        .findFirst()
        .map(
            p ->
                send(
                    ComplianceReminder.Subject.REPORT,
                    ComplianceReminder.Subject.reportKey(deal.id(), p.start()),
                    deal,
                    ReportDeadline.due(p, reportDueDays),
                    today,
                    stages,
                    p,
                    null))
        .orElse(false);
  }

  private record Owed(Invoice invoice, Money outstanding) {}

  private boolean send(
      ComplianceReminder.Subject subject,
      String key,
      LicenceDeal deal,
      LocalDate due,
      LocalDate today,
      List<Integer> stages,
      ReportingPeriod period,
      Owed owed) {
    OptionalInt stage = DueReminderSchedule.stage(due, today, stages);
    if (stage.isEmpty() || reminders.sent(subject, key, due, stage.getAsInt())) {
      return false;
    }
    // logged and flushed before the mail is queued: a parallel run fails here and rolls back its
    // mail
    reminders.add(
        new ComplianceReminder(
            subject, key, deal.id(), due, stage.getAsInt(), today, clock.instant()));
    List<Addressee> staff =
        recipients.addresseesOf(new PartnerId(deal.licenseeId()), Role.LICENSEE);
    List<Addressee> admins = recipients.addresseesWithRole(Role.ADMIN);
    long late = java.time.temporal.ChronoUnit.DAYS.between(due, today);
    java.util.Set<String> seen = new java.util.HashSet<>();
    int chinese = 0;
    for (List<Addressee> group : List.of(staff, admins)) {
      boolean licensor = group == admins;
      String link =
          publicLinks.to(
              owed == null
                  ? (licensor
                      ? "/app/licensing/deal.xhtml?id=" + deal.id()
                      : "/app/licensee/report-file.xhtml?deal=" + deal.id())
                  : (licensor
                          ? "/app/licensing/invoice.xhtml?id="
                          : "/app/licensee/invoice.xhtml?id=")
                      + owed.invoice().id());
      for (Addressee a : group) {
        if (a.email() == null || !seen.add(a.email())) {
          continue;
        }
        boolean zh = a.readsChinese();
        chinese += zh ? 1 : 0;
        ComplianceMails.Mail mail =
            owed == null
                ? ComplianceMails.report(zh, deal, period, due, late, link)
                : ComplianceMails.invoice(zh, deal, owed.invoice(), owed.outstanding(), late, link);
        mailer.send(a.email(), mail.subject(), mail.body());
      }
    }
    audit.record(
        subject == ComplianceReminder.Subject.REPORT
            ? "ROYALTY_REPORT_REMINDED"
            : "INVOICE_REMINDED",
        "LicenceDeal",
        deal.id().toString(),
        (owed == null
                ? "report of licence year " + period.licenceYear() + " Q" + period.quarter()
                : "invoice " + owed.invoice().number() + ", outstanding " + owed.outstanding())
            + " due "
            + due
            + ", stage "
            + stage.getAsInt()
            + " days after, sent "
            + late
            + " days after, "
            + seen.size()
            + " recipient(s) ("
            + chinese
            + " in Chinese)");
    return true;
  }
}
