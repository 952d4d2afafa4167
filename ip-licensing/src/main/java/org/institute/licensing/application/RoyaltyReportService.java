package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.LicenseeDeal;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.RoyaltyReportFiled;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.ObligationRepository;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.licensing.domain.ReportDeadline;
import org.institute.licensing.domain.ReportLine;
import org.institute.licensing.domain.ReportingPeriod;
import org.institute.licensing.domain.RoyaltyDue;
import org.institute.licensing.domain.RoyaltyReport;
import org.institute.licensing.domain.RoyaltyReportCheck;
import org.institute.licensing.domain.RoyaltyReportRepository;
import org.institute.licensing.domain.RoyaltyReportVersion;
import org.institute.partners.PartnerDirectory;

/**
 * Royalty reports (docs/decisions/0092): a licensee files a period's net sales, the module computes
 * the royalty due from the deal's terms ({@link RoyaltyDue}) given what the licence year reported
 * before, and a correction is a new version. Every filing is audited in its transaction. Also the
 * licensee's view of its signed deals. Who may read and file is {@link LicensingPolicy}'s answer; a
 * deal or report outside it is absent.
 */
@ApplicationScoped
@Transactional
class RoyaltyReportService implements RoyaltyReports {

  @Inject private DealRepository deals;
  @Inject private RoyaltyReportRepository reports;
  @Inject private ObligationRepository obligations;
  @Inject private PaymentRepository payments;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private Event<RoyaltyReportFiled> filedEvents;
  @Inject private InvoiceIssuer issuer;
  @Inject private org.institute.licensing.domain.InvoiceRepository invoices;

  @Inject
  @ConfigProperty(name = "institute.licensing.obligation-due-days", defaultValue = "30")
  private int dueWindowDays;

  @Inject
  @ConfigProperty(name = "institute.licensing.report-due-days", defaultValue = "30")
  int reportDueDays = ReportDeadline.DEFAULT_DAYS;

  @Override
  public List<LicenseeDeal> licenseeDeals() {
    long company = policy.requireLicenseeCompany();
    PartnerNames names = PartnerNames.of(partners);
    return deals.ofLicensee(company).stream()
        .filter(policy::mayReadReports)
        .sorted(Comparator.comparing(LicenceDeal::signingDate).reversed())
        .map(d -> licenseeView(d, names))
        .toList();
  }

  @Override
  public LicenseeDeal licenseeDeal(long dealId) {
    LicenceDeal deal = readable(dealId);
    if (deal.signingDate() == null) {
      throw new RecordNotFoundException("signed licence deal " + dealId);
    }
    return licenseeView(deal, PartnerNames.of(partners));
  }

  @Override
  public List<RoyaltyReportView> reports(long dealId) {
    LicenceDeal deal = readable(dealId);
    return reports.ofDeal(deal.id()).stream().map(r -> view(r, deal)).toList();
  }

  @Override
  public RoyaltyReportView report(long reportId) {
    RoyaltyReport report =
        reports.find(reportId).orElseThrow(() -> notFound("royalty report " + reportId));
    LicenceDeal deal =
        deals
            .find(report.dealId())
            .filter(policy::mayReadReports)
            .orElseThrow(() -> notFound("royalty report " + reportId));
    return view(report, deal);
  }

  @Override
  public RoyaltyReportView file(long dealId, NewRoyaltyReport filed) {
    LicenceDeal deal = readable(dealId);
    policy.requireFileReport(deal);
    return view(fileVersion(deal, filed, policy.actorName(), clock.instant()), deal);
  }

  // ---- history (LicensingImport, decision 0104): the same rules, the given people and times ----

  long importReport(long dealId, NewRoyaltyReport filed, String by, Instant at) {
    return fileVersion(deals.find(dealId).orElseThrow(), filed, by, at).id();
  }

  void importQuery(long reportId, String question, String by, Instant at) {
    RoyaltyReport report = reports.find(reportId).orElseThrow();
    String text = requireText("question", question);
    report.query(report.current().number(), by, at, text);
    reports.flushWithNewVersion(report);
    audit.record(
        "ROYALTY_REPORT_QUERIED",
        "RoyaltyReport",
        report.id().toString(),
        "version " + report.current().number() + " queried: " + text);
  }

  void importAnswer(long reportId, String answer, String by, Instant at) {
    RoyaltyReport report = reports.find(reportId).orElseThrow();
    String text = requireText("answer", answer);
    report.answer(by, at, text);
    reports.flushWithNewVersion(report);
    audit.record(
        "ROYALTY_REPORT_ANSWERED",
        "RoyaltyReport",
        report.id().toString(),
        "answered with version " + report.current().number() + " in force: " + text);
  }

  Long importAcceptance(long reportId, String by, Instant at) {
    RoyaltyReport report = reports.find(reportId).orElseThrow();
    LicenceDeal deal = deals.find(report.dealId()).orElseThrow();
    Integer invoicedBefore = report.acceptedVersion();
    int version = report.current().number();
    Money difference = report.accept(version, by, at);
    reports.flushWithNewVersion(report);
    java.util.Optional<org.institute.licensing.domain.Invoice> invoice =
        issuer.issue(report, deal, invoicedBefore, by, at);
    audit.record(
        "ROYALTY_REPORT_ACCEPTED",
        "RoyaltyReport",
        report.id().toString(),
        "version "
            + version
            + " accepted; invoiced "
            + difference
            + invoice.map(i -> " (" + i.number() + ")").orElse(" (nothing changed)"));
    return invoice.map(org.institute.licensing.domain.Invoice::id).orElse(null);
  }

  private RoyaltyReport fileVersion(
      LicenceDeal deal, NewRoyaltyReport filed, String by, Instant at) {
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    List<ReportingPeriod> periods = periodsOf(deal);
    ReportingPeriod period = RoyaltyReportCheck.require(filed, periods, deal.currency(), today);
    List<RoyaltyReport> ofDeal = reports.ofDeal(deal.id());
    Optional<RoyaltyReport> existing =
        ofDeal.stream().filter(r -> r.period().start().equals(period.start())).findFirst();
    if (existing.isPresent() && filed.amendsVersion() == null) {
      throw InvalidCommandException.of("amendsVersion", "licensing.royaltyReport.exists");
    }
    if (existing.isEmpty() && filed.amendsVersion() != null) {
      throw InvalidCommandException.of("amendsVersion", "licensing.royaltyReport.nothingToAmend");
    }
    List<ReportLine> lines = RoyaltyReportCheck.lines(filed.lines());
    RoyaltyDue due = due(deal, period, ofDeal, lines);
    String note = filed.note() == null || filed.note().isBlank() ? null : filed.note().trim();
    RoyaltyReport report;
    RoyaltyReportVersion version;
    if (existing.isPresent()) {
      report = existing.get();
      version = report.amend(filed.amendsVersion(), by, at, note, lines, due);
      reports.flushWithNewVersion(report);
    } else {
      report =
          reports.add(
              RoyaltyReport.file(
                  deal.id(), deal.licenseeId(), period, deal.currency(), by, at, note, lines, due));
      version = report.current();
    }
    audit.record(
        version.number() == 1 ? "ROYALTY_REPORT_FILED" : "ROYALTY_REPORT_AMENDED",
        "RoyaltyReport",
        report.id().toString(),
        "deal "
            + deal.id()
            + ", licence year "
            + period.licenceYear()
            + " Q"
            + period.quarter()
            + " ("
            + period.start()
            + " to "
            + period.end()
            + "), version "
            + version.number()
            + ": net sales "
            + due.netSales()
            + ", royalty "
            + due.royalty()
            + ", true-up "
            + due.trueUp()
            + ", due "
            + due.due());
    filedEvents.fire(
        new RoyaltyReportFiled(
            report.id(),
            deal.id(),
            deal.licenseeId(),
            period.licenceYear(),
            period.quarter(),
            period.start(),
            period.end(),
            version.number(),
            deal.currency().getCurrencyCode(),
            due.netSales().amount(),
            due.royalty().amount(),
            due.trueUp().amount(),
            due.due().amount(),
            version.filedAt()));
    return report;
  }

  @Override
  public org.institute.licensing.UploadPreview preview(long dealId, List<List<String>> cells) {
    LicenceDeal deal = readable(dealId);
    policy.requireFileReport(deal);
    return org.institute.licensing.domain.ReportTemplate.read(cells == null ? List.of() : cells);
  }

  // ---- review (docs/decisions/0101) ----

  @Override
  public List<RoyaltyReportView> awaitingReview() {
    policy.requireReview();
    Map<Long, LicenceDeal> byDeal = new java.util.HashMap<>();
    return reports.inReview(org.institute.licensing.ReviewState.SUBMITTED, 500).stream()
        .map(r -> view(r, byDeal.computeIfAbsent(r.dealId(), d -> deals.find(d).orElseThrow())))
        .toList();
  }

  @Override
  public RoyaltyReportView accept(long reportId, int version) {
    RoyaltyReport report = readableReport(reportId);
    LicenceDeal deal = deals.find(report.dealId()).orElseThrow();
    policy.requireReview();
    Integer invoicedBefore = report.acceptedVersion();
    String by = policy.actorName();
    Money difference = report.accept(version, by, clock.instant());
    reports.flushWithNewVersion(report);
    java.util.Optional<org.institute.licensing.domain.Invoice> invoice =
        issuer.issue(report, deal, invoicedBefore, by);
    audit.record(
        "ROYALTY_REPORT_ACCEPTED",
        "RoyaltyReport",
        report.id().toString(),
        "version "
            + version
            + " accepted; invoiced "
            + difference
            + invoice.map(i -> " (" + i.number() + ")").orElse(" (nothing changed)"));
    return view(report, deal);
  }

  @Override
  public RoyaltyReportView query(long reportId, int version, String question) {
    RoyaltyReport report = readableReport(reportId);
    LicenceDeal deal = deals.find(report.dealId()).orElseThrow();
    policy.requireReview();
    String text = requireText("question", question);
    report.query(version, policy.actorName(), clock.instant(), text);
    reports.flushWithNewVersion(report);
    audit.record(
        "ROYALTY_REPORT_QUERIED",
        "RoyaltyReport",
        report.id().toString(),
        "version " + version + " queried: " + text);
    return view(report, deal);
  }

  @Override
  public RoyaltyReportView answer(long reportId, String answer, NewRoyaltyReport correction) {
    RoyaltyReport report = readableReport(reportId);
    LicenceDeal deal = deals.find(report.dealId()).orElseThrow();
    policy.requireFileReport(deal);
    String text = requireText("answer", answer);
    if (report.openQuery().isEmpty()) {
      throw new org.institute.core.ConflictException("licensing.royaltyReport.review.noOpenQuery");
    }
    if (correction != null) {
      if (!report.period().start().equals(correction.periodStart())) {
        throw InvalidCommandException.of(
            "correction.periodStart", "licensing.royaltyReport.period.unknown");
      }
      report = fileVersion(deal, correction, policy.actorName(), clock.instant());
    }
    report.answer(policy.actorName(), clock.instant(), text);
    reports.flushWithNewVersion(report);
    audit.record(
        "ROYALTY_REPORT_ANSWERED",
        "RoyaltyReport",
        report.id().toString(),
        "answered with version " + report.current().number() + " in force: " + text);
    return view(report, deal);
  }

  private RoyaltyReport readableReport(long reportId) {
    RoyaltyReport report =
        reports.find(reportId).orElseThrow(() -> notFound("royalty report " + reportId));
    deals
        .find(report.dealId())
        .filter(policy::mayReadReports)
        .orElseThrow(() -> notFound("royalty report " + reportId));
    return report;
  }

  private static String requireText(String field, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidCommandException.of(field, "field.required");
    }
    if (text.length() > org.institute.licensing.domain.ReportQuery.MAX_TEXT) {
      throw InvalidCommandException.of(field, "field.tooLong");
    }
    return text.trim();
  }

  /**
   * What the period owes, given the versions in force of the licence year's earlier periods: their
   * net sales (which decide the tier) and royalties (which count towards the annual minimum).
   */
  private RoyaltyDue due(
      LicenceDeal deal,
      ReportingPeriod period,
      List<RoyaltyReport> ofDeal,
      List<ReportLine> lines) {
    Currency currency = deal.currency();
    Money soldBefore = Money.zero(currency);
    Money royaltyBefore = Money.zero(currency);
    for (RoyaltyReport earlier : ofDeal) {
      ReportingPeriod p = earlier.period();
      if (p.licenceYear() == period.licenceYear() && p.start().isBefore(period.start())) {
        RoyaltyDue owed = earlier.current().due(currency);
        soldBefore = soldBefore.plus(owed.netSales());
        royaltyBefore = royaltyBefore.plus(owed.royalty());
      }
    }
    Money netSales = Money.zero(currency);
    for (ReportLine line : lines) {
      netSales = netSales.plus(Money.of(line.netSales(), currency));
    }
    return RoyaltyDue.of(
        deal.grant().royaltyRates(),
        Money.of(deal.grant().annualMinimum(), currency),
        period,
        soldBefore,
        royaltyBefore,
        netSales);
  }

  private LicenceDeal readable(long dealId) {
    return deals
        .find(dealId)
        .filter(policy::mayReadReports)
        .orElseThrow(() -> notFound("licence deal " + dealId));
  }

  private static RecordNotFoundException notFound(String what) {
    return new RecordNotFoundException(what);
  }

  private static List<ReportingPeriod> periodsOf(LicenceDeal deal) {
    return deal.signingDate() == null
        ? List.of()
        : ReportingPeriod.of(deal.grant().termStart(), deal.grant().termEnd(), deal.signingDate());
  }

  private LicenseeDeal licenseeView(LicenceDeal deal, PartnerNames names) {
    LocalDate today = LocalDate.now(clock);
    Map<LocalDate, RoyaltyReport> byStart =
        reports.ofDeal(deal.id()).stream()
            .collect(Collectors.toMap(r -> r.period().start(), Function.identity()));
    List<LicenseeDeal.Period> periods = new ArrayList<>();
    for (ReportingPeriod p : periodsOf(deal)) {
      if (p.start().isAfter(today)) {
        break;
      }
      RoyaltyReport r = byStart.get(p.start());
      periods.add(
          new LicenseeDeal.Period(
              p.licenceYear(),
              p.quarter(),
              p.start(),
              p.end(),
              p.closesYear(),
              p.end().isBefore(today),
              r == null ? null : r.id(),
              r == null ? null : r.current().number(),
              r == null ? null : r.current().due(deal.currency()).due().amount(),
              ReportDeadline.due(p, reportDueDays),
              ReportDeadline.timeliness(
                  ReportDeadline.due(p, reportDueDays),
                  r == null
                      ? null
                      : LocalDate.ofInstant(r.versions().get(0).filedAt(), clock.getZone()),
                  today)));
    }
    List<LicenseeDeal.Duty> duties =
        obligations.ofDeal(deal.id()).stream()
            .map(
                o ->
                    new LicenseeDeal.Duty(
                        o.kind(),
                        o.description(),
                        o.periodStart(),
                        o.periodEnd(),
                        o.due(),
                        o.amount(),
                        o.paid(),
                        o.statusOn(today, dueWindowDays)))
            .toList();
    List<LicenseeDeal.Received> received =
        payments.ofDeal(deal.id()).stream()
            .map(
                p ->
                    new LicenseeDeal.Received(
                        p.receivedOn(), p.amount(), p.currency(), p.purpose(), p.isVoided()))
            .toList();
    return new LicenseeDeal(
        deal.id(),
        deal.titles().en(),
        deal.titles().zh(),
        deal.state(),
        deal.licenseeId(),
        names.name(deal.licenseeId()),
        names.nameZh(deal.licenseeId()),
        deal.terms(),
        deal.signingDate(),
        duties,
        received,
        periods,
        !policy.reportActions(deal).isEmpty());
  }

  private RoyaltyReportView view(RoyaltyReport report, LicenceDeal deal) {
    Currency currency = report.currency();
    List<RoyaltyReportView.Version> versions = new ArrayList<>();
    BigDecimal previous = null;
    for (RoyaltyReportVersion v : report.versions()) {
      RoyaltyDue owed = v.due(currency);
      BigDecimal due = owed.due().amount();
      versions.add(
          new RoyaltyReportView.Version(
              v.number(),
              v.filedBy(),
              v.filedAt(),
              v.note(),
              v.lines().stream()
                  .map(
                      l ->
                          new NewRoyaltyReport.SalesLine(
                              l.product(),
                              l.territory(),
                              l.units(),
                              l.grossSales(),
                              l.deductions()))
                  .toList(),
              owed.netSales().amount(),
              owed.slices().stream()
                  .map(
                      s ->
                          new RoyaltyReportView.TierLine(
                              s.fromNetSales(),
                              s.ratePercent(),
                              s.sales().amount(),
                              s.royalty().amount()))
                  .toList(),
              owed.royalty().amount(),
              owed.trueUp().amount(),
              due,
              previous == null ? null : due.subtract(previous)));
      previous = due;
    }
    ReportingPeriod p = report.period();
    return new RoyaltyReportView(
        report.id(),
        deal.id(),
        deal.titles().en(),
        deal.titles().zh(),
        p.licenceYear(),
        p.quarter(),
        p.start(),
        p.end(),
        p.closesYear(),
        currency.getCurrencyCode(),
        versions,
        report.reviewState(),
        report.acceptedVersion(),
        report.acceptedBy(),
        report.acceptedAt(),
        report.queries().stream()
            .map(
                q ->
                    new RoyaltyReportView.Query(
                        q.index(),
                        q.aboutVersion(),
                        q.askedBy(),
                        q.askedAt(),
                        q.question(),
                        q.answeredBy(),
                        q.answeredAt(),
                        q.answer(),
                        q.answerVersion()))
            .toList(),
        invoices.ofReport(report.id()).stream()
            .map(
                i ->
                    new RoyaltyReportView.InvoiceRef(
                        i.id(), i.number(), i.kind(), i.issueDate(), i.amount().amount()))
            .toList(),
        actions(report, deal));
  }

  private java.util.Set<org.institute.licensing.RoyaltyReportAction> actions(
      RoyaltyReport report, LicenceDeal deal) {
    java.util.Set<org.institute.licensing.RoyaltyReportAction> actions =
        java.util.EnumSet.noneOf(org.institute.licensing.RoyaltyReportAction.class);
    if (policy.reportActions(deal).contains(org.institute.licensing.RoyaltyReportAction.AMEND)) {
      actions.add(org.institute.licensing.RoyaltyReportAction.AMEND);
    }
    actions.addAll(
        policy.reviewActions(deal, report.reviewState(), report.openQuery().isPresent()));
    return actions;
  }
}
