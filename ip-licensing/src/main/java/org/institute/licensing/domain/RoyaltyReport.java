package org.institute.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.Money;
import org.institute.licensing.ReviewState;

/**
 * A licensee's royalty report for one period of one deal, with every version filed: the first
 * filing and its amendments. A correction never overwrites: it is a new version, which must name
 * the version it amends (the one its author read), so two corrections crossing each other leave one
 * of them refused. The current version is the latest.
 */
@Entity
@Table(name = "lic_royalty_report")
public class RoyaltyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "deal_id", nullable = false)
  private long dealId;

  @Column(name = "licensee_id", nullable = false)
  private long licenseeId;

  @Column(name = "licence_year", nullable = false)
  private int licenceYear;

  @Column(name = "quarter_no", nullable = false)
  private int quarter;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "year_end", nullable = false)
  private LocalDate yearEnd;

  @Column(nullable = false, length = 3)
  private String currency;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<RoyaltyReportVersion> versions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "review_state", nullable = false, length = 16)
  private ReviewState reviewState = ReviewState.SUBMITTED;

  @Column(name = "accepted_version")
  private Integer acceptedVersion;

  @Column(name = "accepted_by", length = 64)
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  /** What the report's invoices and credit notes total so far. */
  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal invoiced = BigDecimal.ZERO.setScale(2);

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
  @OrderBy("index")
  private List<ReportQuery> queries = new ArrayList<>();

  protected RoyaltyReport() {}

  /** Files the first version of the report for the period. */
  public static RoyaltyReport file(
      long dealId,
      long licenseeId,
      ReportingPeriod period,
      Currency currency,
      String by,
      Instant at,
      String note,
      List<ReportLine> lines,
      RoyaltyDue due) {
    RoyaltyReport report = new RoyaltyReport();
    report.dealId = dealId;
    report.licenseeId = licenseeId;
    report.licenceYear = period.licenceYear();
    report.quarter = period.quarter();
    report.periodStart = period.start();
    report.periodEnd = period.end();
    report.yearEnd = period.yearEnd();
    report.currency = currency.getCurrencyCode();
    report.versions.add(new RoyaltyReportVersion(report, 1, by, at, note, lines, due));
    return report;
  }

  /**
   * Files a correction as a new version.
   *
   * @throws ConflictException when {@code amends} is not the current version's number
   */
  public RoyaltyReportVersion amend(
      int amends, String by, Instant at, String note, List<ReportLine> lines, RoyaltyDue due) {
    if (amends != current().number()) {
      throw new ConflictException("licensing.royaltyReport.staleVersion");
    }
    RoyaltyReportVersion next =
        new RoyaltyReportVersion(this, amends + 1, by, at, note, lines, due);
    versions.add(next);
    reviewState = ReviewRules.next(reviewState, ReviewRules.Step.AMEND);
    return next;
  }

  // ---- review (docs/decisions/0101) ----

  /**
   * Accepts the version in force: the report is invoiced up to its due. Returns what is to be
   * invoiced now: the due of the version accepted less what earlier invoices and credit notes of
   * the report total (negative for a credit note, zero when nothing changed).
   *
   * @throws ConflictException when the report does not await review, or {@code seen} is not the
   *     version in force (a correction came meanwhile)
   */
  public Money accept(int seen, String by, Instant at) {
    requireCurrent(seen);
    reviewState = ReviewRules.next(reviewState, ReviewRules.Step.ACCEPT);
    acceptedVersion = seen;
    acceptedBy = by;
    acceptedAt = at;
    Money due = current().due(currency()).due();
    Money difference = due.minus(Money.of(invoiced, currency()));
    invoiced = due.amount();
    return difference;
  }

  /**
   * Queries the version in force with a question for the licensee.
   *
   * @throws ConflictException when the report does not await review or {@code seen} is stale
   */
  public ReportQuery query(int seen, String by, Instant at, String question) {
    requireCurrent(seen);
    reviewState = ReviewRules.next(reviewState, ReviewRules.Step.QUERY);
    ReportQuery asked = new ReportQuery(this, queries.size() + 1, seen, by, at, question);
    queries.add(asked);
    return asked;
  }

  /**
   * Answers the open query; a correction filed with the answer is the version in force by then.
   *
   * @throws ConflictException when no query is open
   */
  public ReportQuery answer(String by, Instant at, String text) {
    ReportQuery open = openQuery().orElse(null);
    if (open == null) {
      throw new ConflictException("licensing.royaltyReport.review.noOpenQuery");
    }
    if (reviewState == ReviewState.QUERIED) {
      reviewState = ReviewRules.next(reviewState, ReviewRules.Step.ANSWER);
    }
    open.answer(by, at, text, current().number());
    return open;
  }

  /** The query awaiting the licensee's answer, if any. */
  public java.util.Optional<ReportQuery> openQuery() {
    return queries.stream().filter(ReportQuery::open).findFirst();
  }

  private void requireCurrent(int seen) {
    if (seen != current().number()) {
      throw new ConflictException("licensing.royaltyReport.staleVersion");
    }
  }

  public ReviewState reviewState() {
    return reviewState;
  }

  public Integer acceptedVersion() {
    return acceptedVersion;
  }

  public String acceptedBy() {
    return acceptedBy;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  /** What the report's invoices and credit notes total. */
  public Money invoiced() {
    return Money.of(invoiced, currency());
  }

  /** The questions asked, the first first. */
  public List<ReportQuery> queries() {
    return Collections.unmodifiableList(queries);
  }

  public RoyaltyReportVersion current() {
    return versions.get(versions.size() - 1);
  }

  /** Whether it has been amended at least once. */
  public boolean amended() {
    return versions.size() > 1;
  }

  public Long id() {
    return id;
  }

  public long dealId() {
    return dealId;
  }

  public long licenseeId() {
    return licenseeId;
  }

  public ReportingPeriod period() {
    return new ReportingPeriod(licenceYear, quarter, periodStart, periodEnd, yearEnd);
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  /** Every version, the first first. */
  public List<RoyaltyReportVersion> versions() {
    return Collections.unmodifiableList(versions);
  }
}
