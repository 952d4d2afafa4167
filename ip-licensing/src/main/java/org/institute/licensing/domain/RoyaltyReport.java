package org.institute.licensing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.institute.core.ConflictException;

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
    return next;
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
