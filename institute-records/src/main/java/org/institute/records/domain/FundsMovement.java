package org.institute.records.domain;

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
import java.util.Currency;
import org.institute.core.Money;
import org.institute.records.FundsMovementKind;

/** Money paid out against a commitment, or spent from it; part of its {@link FundingCommitment}. */
@Entity
@Table(name = "rec_funding_movement")
public class FundsMovement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FundsMovementKind kind;

  @Column(name = "moved_on", nullable = false)
  private LocalDate movedOn;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false, length = 300)
  private String purpose;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected FundsMovement() {}

  FundsMovement(
      FundsMovementKind kind, LocalDate on, Money money, String purpose, String by, Instant now) {
    this.kind = kind;
    this.movedOn = on;
    this.amount = money.amount();
    this.currency = money.currency().getCurrencyCode();
    this.purpose = purpose;
    this.recordedBy = by;
    this.recordedAt = now;
  }

  public Long id() {
    return id;
  }

  public FundsMovementKind kind() {
    return kind;
  }

  public LocalDate date() {
    return movedOn;
  }

  public Money money() {
    return Money.of(amount, Currency.getInstance(currency));
  }

  public String purpose() {
    return purpose;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
