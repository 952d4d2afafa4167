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
import org.institute.core.ConflictException;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.ObligationStatus;

/**
 * Something the licensee of an executed deal owes by a date (decision 0014): a milestone payment,
 * met once the payments linked to it reach its amount, or a royalty report, met by the royalty
 * payment that comes with it. Admins may waive an open obligation, with a reason.
 */
@Entity
@Table(name = "lic_obligation")
public class Obligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "deal_id", nullable = false)
  private long dealId;

  @Column(name = "obligation_key", nullable = false, length = 40)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ObligationKind kind;

  @Column(nullable = false, length = 300)
  private String description;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  @Column(precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal paid;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "met_on")
  private LocalDate metOn;

  @Column(name = "waived_by", length = 64)
  private String waivedBy;

  @Column(name = "waived_at")
  private Instant waivedAt;

  @Column(name = "waive_reason", length = 1000)
  private String waiveReason;

  protected Obligation() {}

  public Obligation(long dealId, String currency, ObligationSchedule.Planned planned) {
    this.dealId = dealId;
    this.currency = currency;
    this.key = planned.key();
    this.kind = planned.kind();
    this.description = planned.description();
    this.periodStart = planned.periodStart();
    this.periodEnd = planned.periodEnd();
    this.due = planned.due();
    this.amount = planned.amount();
    this.paid = BigDecimal.ZERO.setScale(2);
  }

  /**
   * Its status on {@code today}, the due window opening {@code dueWindowDays} before the due date.
   */
  public ObligationStatus statusOn(LocalDate today, int dueWindowDays) {
    return status(due, metOn != null, waivedBy != null, today, dueWindowDays);
  }

  public static ObligationStatus status(
      LocalDate due, boolean met, boolean waived, LocalDate today, int dueWindowDays) {
    if (waived) {
      return ObligationStatus.WAIVED;
    }
    if (met) {
      return ObligationStatus.MET;
    }
    if (today.isAfter(due)) {
      return ObligationStatus.OVERDUE;
    }
    return due.minusDays(dueWindowDays).isAfter(today)
        ? ObligationStatus.UPCOMING
        : ObligationStatus.DUE;
  }

  public boolean isOpen() {
    return metOn == null && waivedBy == null;
  }

  /** Whether a payment for this purpose may meet it. */
  public boolean acceptsPurpose(org.institute.licensing.PaymentPurpose purpose) {
    return kind == ObligationKind.MILESTONE_PAYMENT
        ? purpose == org.institute.licensing.PaymentPurpose.MILESTONE
        : purpose == org.institute.licensing.PaymentPurpose.ROYALTY;
  }

  /**
   * Counts a payment towards it, {@code inDealCurrency} being the payment's value in the deal's
   * currency. A milestone is met when the payments reach its amount. A royalty report has no amount
   * of its own (the licensee's sales decide it), so a payment meets it only when it was recorded
   * against it by name ({@code named}): a royalty payment that merely finds the earliest open
   * report counts towards it and leaves it open, whatever its size.
   */
  public void pay(BigDecimal inDealCurrency, LocalDate receivedOn, boolean named) {
    if (!isOpen()) {
      throw new ConflictException("licensing.obligation.closed");
    }
    paid = paid.add(inDealCurrency);
    boolean met = amount == null ? named : paid.compareTo(amount) >= 0;
    if (met) {
      metOn = receivedOn;
    }
  }

  /**
   * Takes back what a voided payment counted towards it ({@code inDealCurrency}, exactly what
   * {@link #pay} added), so that it stands as if that payment had never been made. A milestone
   * stays met only while the payments left still reach its amount. A royalty report, met only by
   * the payment recorded against it by name, opens again when that payment is voided ({@code
   * metByIt}: the latest payment that counted towards it, since nothing counts towards a closed
   * obligation). A waived obligation stays waived.
   */
  public void reverse(BigDecimal inDealCurrency, boolean metByIt) {
    if (inDealCurrency.signum() <= 0 || inDealCurrency.compareTo(paid) > 0) {
      throw new IllegalArgumentException(
          "cannot take back " + inDealCurrency + " of " + paid + " paid towards " + key);
    }
    paid = paid.subtract(inDealCurrency);
    if (metOn != null) {
      boolean stillMet = amount == null ? !metByIt : paid.compareTo(amount) >= 0;
      if (!stillMet) {
        metOn = null;
      }
    }
  }

  public void waive(String by, String reason, Instant at) {
    if (!isOpen()) {
      throw new ConflictException("licensing.obligation.closed");
    }
    this.waivedBy = by;
    this.waiveReason = reason;
    this.waivedAt = at;
  }

  public Long id() {
    return id;
  }

  public long dealId() {
    return dealId;
  }

  public String key() {
    return key;
  }

  public ObligationKind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public LocalDate due() {
    return due;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal paid() {
    return paid;
  }

  public String currency() {
    return currency;
  }

  public LocalDate metOn() {
    return metOn;
  }

  public String waivedBy() {
    return waivedBy;
  }

  public String waiveReason() {
    return waiveReason;
  }
}
