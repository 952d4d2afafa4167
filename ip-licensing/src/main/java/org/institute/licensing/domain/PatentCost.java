package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.core.Conversion;
import org.institute.core.Money;
import org.institute.licensing.CostKind;

/**
 * A cost of a patent family (issue 19, decision 0103): what it paid for, the co-owner that paid it,
 * its date and amount, and its value in SGD and CNY at the rate of its date, fixed when recorded so
 * that a later rate never changes what is to be recovered. Written once.
 */
@Entity
@Table(name = "lic_patent_cost")
public class PatentCost {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "family_id", nullable = false)
  private long familyId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CostKind kind;

  @Column(name = "paid_by", nullable = false)
  private long paidBy;

  @Column(name = "incurred_on", nullable = false)
  private LocalDate incurredOn;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "amount_sgd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountSgd;

  @Column(name = "amount_cny", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountCny;

  @Column(name = "rate_date", nullable = false)
  private LocalDate rateDate;

  @Column(length = 500)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected PatentCost() {}

  /**
   * A cost checked by {@link PatentCostCheck}, converted into the other currency by {@code
   * conversion} (from the cost's currency, on its date).
   */
  public PatentCost(
      long familyId,
      CostKind kind,
      long paidBy,
      LocalDate incurredOn,
      Money amount,
      Conversion conversion,
      String note,
      String recordedBy,
      Instant recordedAt) {
    if (!conversion.source().equals(amount)) {
      throw new IllegalArgumentException("the conversion is of another amount: " + conversion);
    }
    this.familyId = familyId;
    this.kind = kind;
    this.paidBy = paidBy;
    this.incurredOn = incurredOn;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    boolean sgd = currency.equals("SGD");
    this.amountSgd = sgd ? amount.amount() : conversion.result().amount();
    this.amountCny = sgd ? conversion.result().amount() : amount.amount();
    this.rateDate = conversion.rateDate();
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long id() {
    return id;
  }

  public long familyId() {
    return familyId;
  }

  public CostKind kind() {
    return kind;
  }

  public long paidBy() {
    return paidBy;
  }

  public LocalDate incurredOn() {
    return incurredOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal amountSgd() {
    return amountSgd;
  }

  public BigDecimal amountCny() {
    return amountCny;
  }

  public LocalDate rateDate() {
    return rateDate;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
