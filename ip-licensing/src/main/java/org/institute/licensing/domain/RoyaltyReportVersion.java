package org.institute.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.institute.core.Money;

/**
 * One filing of a royalty report: the first, or an amendment. Never changed once filed; an
 * amendment is a new version beside it.
 */
@Entity
@Table(name = "lic_royalty_report_version")
public class RoyaltyReportVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private RoyaltyReport report;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Column(name = "filed_by", nullable = false, length = 64)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(length = 1000)
  private String note;

  @Column(name = "net_sales", nullable = false, precision = 19, scale = 2)
  private BigDecimal netSales;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal royalty;

  @Column(name = "true_up", nullable = false, precision = 19, scale = 2)
  private BigDecimal trueUp;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal due;

  @ElementCollection
  @CollectionTable(name = "lic_royalty_report_line", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "line_index")
  private List<ReportLine> lines = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "lic_royalty_report_tier", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "tier_index")
  private List<TierAmount> tiers = new ArrayList<>();

  protected RoyaltyReportVersion() {}

  RoyaltyReportVersion(
      RoyaltyReport report,
      int number,
      String filedBy,
      Instant filedAt,
      String note,
      List<ReportLine> lines,
      RoyaltyDue due) {
    this.report = report;
    this.number = number;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.note = note;
    this.lines.addAll(lines);
    this.netSales = due.netSales().amount();
    this.royalty = due.royalty().amount();
    this.trueUp = due.trueUp().amount();
    this.due = due.due().amount();
    due.slices().forEach(s -> this.tiers.add(new TierAmount(s)));
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public String filedBy() {
    return filedBy;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public String note() {
    return note;
  }

  public List<ReportLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  /** What it owes, as computed when filed. */
  public RoyaltyDue due(Currency currency) {
    return new RoyaltyDue(
        Money.of(netSales, currency),
        tiers.stream().map(t -> t.slice(currency)).toList(),
        Money.of(royalty, currency),
        Money.of(trueUp, currency),
        Money.of(due, currency));
  }
}
