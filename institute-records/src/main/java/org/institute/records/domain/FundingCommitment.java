package org.institute.records.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.records.FundsMovementKind;

/**
 * What a funder committed for a period, and the disbursements and expenditures against it. It
 * refuses to disburse more than was committed and to spend more than was disbursed (decision 0045).
 */
@Entity
@Table(name = "rec_funding_commitment")
public class FundingCommitment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "funder_id", nullable = false)
  private long funderId;

  @Column(name = "centre_id")
  private Long centreId;

  @Column(name = "label_en", nullable = false, length = 200)
  private String labelEn;

  @Column(name = "label_zh", length = 200)
  private String labelZh;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "committed_on", nullable = false)
  private LocalDate committedOn;

  @Column(nullable = false, precision = 17, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "commitment_id", nullable = false)
  @OrderBy("movedOn, id")
  private List<FundsMovement> movements = new ArrayList<>();

  protected FundingCommitment() {}

  public FundingCommitment(
      PartnerId funder,
      Long centreId,
      String labelEn,
      String labelZh,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate committedOn,
      Money amount,
      Instant now) {
    this.funderId = funder.value();
    this.centreId = centreId;
    this.labelEn = labelEn.trim();
    this.labelZh = labelZh == null || labelZh.isBlank() ? null : labelZh.trim();
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.committedOn = committedOn;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.createdAt = now;
  }

  /**
   * Records money moved against this commitment, in its currency, on or after the day it was
   * committed, within what was committed (disbursements) or disbursed (expenditures).
   */
  public FundsMovement record(
      FundsMovementKind kind, LocalDate on, Money money, String purpose, String by, Instant now) {
    if (!money.currency().equals(committed().currency())) {
      throw InvalidCommandException.of("currency", "funding.currency.mismatch");
    }
    if (on.isBefore(committedOn)) {
      throw InvalidCommandException.of("date", "funding.date.beforeCommitment");
    }
    if (kind == FundsMovementKind.DISBURSEMENT
        && disbursed().plus(money).compareTo(committed()) > 0) {
      throw InvalidCommandException.of("amount", "funding.disbursement.exceedsCommitment");
    }
    if (kind == FundsMovementKind.EXPENDITURE && spent().plus(money).compareTo(disbursed()) > 0) {
      throw InvalidCommandException.of("amount", "funding.expenditure.exceedsDisbursed");
    }
    FundsMovement movement = new FundsMovement(kind, on, money, purpose, by, now);
    movements.add(movement);
    return movement;
  }

  public Money committed() {
    return Money.of(amount, Currency.getInstance(currency));
  }

  public Money disbursed() {
    return total(FundsMovementKind.DISBURSEMENT);
  }

  public Money spent() {
    return total(FundsMovementKind.EXPENDITURE);
  }

  private Money total(FundsMovementKind kind) {
    Money sum = Money.zero(committed().currency());
    for (FundsMovement m : movements) {
      if (m.kind() == kind) {
        sum = sum.plus(m.money());
      }
    }
    return sum;
  }

  public List<FundsMovement> movements() {
    return Collections.unmodifiableList(movements);
  }

  public Long id() {
    return id;
  }

  public PartnerId funder() {
    return new PartnerId(funderId);
  }

  public Long centreId() {
    return centreId;
  }

  public String labelEn() {
    return labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }

  public LocalDate committedOn() {
    return committedOn;
  }

  public long version() {
    return version;
  }
}
