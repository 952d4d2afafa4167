package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.institute.core.Money;
import org.institute.licensing.InvoiceKind;

/**
 * An invoice of an accepted royalty report, or a credit note (a negative amount) when a correction
 * of an accepted report lowered its due (docs/decisions/0101). Numbered without gaps in its series
 * and year; never changed once issued, but for its printed document. Its amount is the royalty plus
 * the true-up it invoices, in the deal's currency, with its SGD and CNY values at the rate of its
 * issue date.
 */
@Entity
@Table(name = "lic_invoice")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "invoice_no", nullable = false, length = 20)
  private String number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private InvoiceKind kind;

  @Column(nullable = false, length = 4)
  private String series;

  @Column(name = "year_no", nullable = false)
  private int year;

  @Column(name = "seq_no", nullable = false)
  private long sequence;

  @Column(name = "deal_id", nullable = false)
  private long dealId;

  @Column(name = "licensee_id", nullable = false)
  private long licenseeId;

  @Column(name = "report_id", nullable = false)
  private long reportId;

  @Column(name = "report_version", nullable = false)
  private int reportVersion;

  @Column(name = "licence_year", nullable = false)
  private int licenceYear;

  @Column(name = "quarter_no", nullable = false)
  private int quarter;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "issue_date", nullable = false)
  private LocalDate issueDate;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "net_sales", nullable = false, precision = 19, scale = 2)
  private BigDecimal netSales;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal royalty;

  @Column(name = "true_up", nullable = false, precision = 19, scale = 2)
  private BigDecimal trueUp;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "amount_sgd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountSgd;

  @Column(name = "amount_cny", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountCny;

  /** CNY for one SGD. */
  @Column(name = "sgd_cny_rate", nullable = false, precision = 19, scale = 8)
  private BigDecimal sgdCnyRate;

  @Column(name = "rate_date", nullable = false)
  private LocalDate rateDate;

  @Column(name = "credits_invoice_id")
  private Long creditsInvoiceId;

  @Column(name = "document_id")
  private Long documentId;

  /** An interest invoice's invoice it charges interest on (decision 0109). */
  @Column(name = "interest_on_invoice_id")
  private Long interestOnInvoiceId;

  /** An interest invoice's last day of interest charged. */
  @Column(name = "interest_to")
  private LocalDate interestTo;

  /** An interest invoice's annual rate, % (the deal's on its issue day). */
  @Column(name = "interest_percent", precision = 7, scale = 4)
  private BigDecimal interestPercent;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected Invoice() {}

  /** What an invoice bills: the change of a report's figures since its last invoice. */
  public record Billed(Money netSales, Money royalty, Money trueUp) {
    public Money amount() {
      return royalty.plus(trueUp);
    }
  }

  /** The SGD and CNY values of the amount, at the rate of one date (or the latest earlier). */
  public record Equivalents(
      BigDecimal amountSgd, BigDecimal amountCny, BigDecimal sgdCnyRate, LocalDate rateDate) {}

  /**
   * Issues the invoice (a positive amount) or the credit note (a negative one) of a report's
   * version.
   */
  public static Invoice issue(
      long sequence,
      int year,
      RoyaltyReport report,
      int reportVersion,
      Billed billed,
      LocalDate issueDate,
      LocalDate dueDate,
      Equivalents equivalents,
      Long creditsInvoiceId,
      String by,
      Instant at) {
    Money amount = billed.amount();
    if (amount.isZero()) {
      throw new IllegalArgumentException("nothing to invoice");
    }
    Invoice invoice = new Invoice();
    invoice.kind = amount.isNegative() ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
    invoice.series = invoice.kind.series();
    invoice.year = year;
    invoice.sequence = sequence;
    invoice.number = InvoiceNumbers.format(invoice.kind, year, sequence);
    invoice.dealId = report.dealId();
    invoice.licenseeId = report.licenseeId();
    invoice.reportId = Objects.requireNonNull(report.id(), "a stored report");
    invoice.reportVersion = reportVersion;
    ReportingPeriod period = report.period();
    invoice.licenceYear = period.licenceYear();
    invoice.quarter = period.quarter();
    invoice.periodStart = period.start();
    invoice.periodEnd = period.end();
    invoice.issueDate = issueDate;
    invoice.dueDate = dueDate;
    invoice.currency = amount.currency().getCurrencyCode();
    invoice.netSales = billed.netSales().amount();
    invoice.royalty = billed.royalty().amount();
    invoice.trueUp = billed.trueUp().amount();
    invoice.amount = amount.amount();
    invoice.amountSgd = equivalents.amountSgd();
    invoice.amountCny = equivalents.amountCny();
    invoice.sgdCnyRate = equivalents.sgdCnyRate();
    invoice.rateDate = equivalents.rateDate();
    invoice.creditsInvoiceId = invoice.kind == InvoiceKind.CREDIT_NOTE ? creditsInvoiceId : null;
    invoice.issuedBy = by;
    invoice.issuedAt = at;
    return invoice;
  }

  /**
   * Issues an interest invoice (decision 0109): {@code interest} accrued on {@code charged} up to
   * {@code interestTo} and not charged by its earlier interest invoices, at {@code ratePercent} a
   * year. It belongs to the charged invoice's report and period; it bills no sales or royalty.
   */
  public static Invoice chargeInterest(
      long sequence,
      int year,
      Invoice charged,
      Money interest,
      BigDecimal ratePercent,
      LocalDate interestTo,
      LocalDate issueDate,
      LocalDate dueDate,
      Equivalents equivalents,
      String by,
      Instant at) {
    if (charged.kind != InvoiceKind.INVOICE) {
      throw new IllegalArgumentException("interest is charged on invoices only");
    }
    if (interest.isNegative()
        || interest.isZero()
        || !interest.currency().equals(charged.currency())) {
      throw new IllegalArgumentException("interest must be positive, in the invoice's currency");
    }
    Invoice invoice = new Invoice();
    invoice.kind = InvoiceKind.INTEREST;
    invoice.series = invoice.kind.series();
    invoice.year = year;
    invoice.sequence = sequence;
    invoice.number = InvoiceNumbers.format(invoice.kind, year, sequence);
    invoice.dealId = charged.dealId;
    invoice.licenseeId = charged.licenseeId;
    invoice.reportId = charged.reportId;
    invoice.reportVersion = charged.reportVersion;
    invoice.licenceYear = charged.licenceYear;
    invoice.quarter = charged.quarter;
    invoice.periodStart = charged.periodStart;
    invoice.periodEnd = charged.periodEnd;
    invoice.issueDate = issueDate;
    invoice.dueDate = dueDate;
    invoice.currency = charged.currency;
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    invoice.netSales = zero;
    invoice.royalty = zero;
    invoice.trueUp = zero;
    invoice.amount = interest.amount();
    invoice.amountSgd = equivalents.amountSgd();
    invoice.amountCny = equivalents.amountCny();
    invoice.sgdCnyRate = equivalents.sgdCnyRate();
    invoice.rateDate = equivalents.rateDate();
    invoice.interestOnInvoiceId = Objects.requireNonNull(charged.id, "a stored invoice");
    invoice.interestTo = interestTo;
    invoice.interestPercent = ratePercent;
    invoice.issuedBy = by;
    invoice.issuedAt = at;
    return invoice;
  }

  /** Whether money is owed on it and may be paid against it: an invoice or an interest invoice. */
  public boolean isPayable() {
    return kind == InvoiceKind.INVOICE || kind == InvoiceKind.INTEREST;
  }

  public Long interestOnInvoiceId() {
    return interestOnInvoiceId;
  }

  public LocalDate interestTo() {
    return interestTo;
  }

  public BigDecimal interestPercent() {
    return interestPercent;
  }

  /** Keeps the printed document, once. */
  public void attachDocument(long document) {
    if (documentId != null) {
      throw new IllegalStateException("invoice " + number + " is printed already");
    }
    this.documentId = document;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public InvoiceKind kind() {
    return kind;
  }

  public int year() {
    return year;
  }

  public long sequence() {
    return sequence;
  }

  public long dealId() {
    return dealId;
  }

  public long licenseeId() {
    return licenseeId;
  }

  public long reportId() {
    return reportId;
  }

  public int reportVersion() {
    return reportVersion;
  }

  public int licenceYear() {
    return licenceYear;
  }

  public int quarter() {
    return quarter;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money netSales() {
    return Money.of(netSales, currency());
  }

  public Money royalty() {
    return Money.of(royalty, currency());
  }

  public Money trueUp() {
    return Money.of(trueUp, currency());
  }

  public Money amount() {
    return Money.of(amount, currency());
  }

  /**
   * Its amount in SGD and CNY, the rate and the day of the rate, and its due date, as the audit
   * trail records them: {@code SGD a / CNY b at r (day), due d}.
   */
  public String equivalentsAndDue() {
    return "SGD "
        + amountSgd
        + " / CNY "
        + amountCny
        + " at "
        + sgdCnyRate
        + " ("
        + rateDate
        + "), due "
        + dueDate;
  }

  public BigDecimal amountSgd() {
    return amountSgd;
  }

  public BigDecimal amountCny() {
    return amountCny;
  }

  public BigDecimal sgdCnyRate() {
    return sgdCnyRate;
  }

  public LocalDate rateDate() {
    return rateDate;
  }

  public Long creditsInvoiceId() {
    return creditsInvoiceId;
  }

  public Long documentId() {
    return documentId;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
