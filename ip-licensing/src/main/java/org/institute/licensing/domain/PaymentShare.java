package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One co-owner's part of one payment, in the payment's currency, SGD and CNY. */
@Entity
@Table(name = "lic_payment_share")
public class PaymentShare {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payment_id", nullable = false)
  private Payment payment;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "share_percent", nullable = false, precision = 12, scale = 8)
  private BigDecimal percent;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "amount_sgd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountSgd;

  @Column(name = "amount_cny", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountCny;

  protected PaymentShare() {}

  PaymentShare(
      Payment payment,
      long partnerId,
      BigDecimal percent,
      BigDecimal amount,
      BigDecimal sgd,
      BigDecimal cny) {
    this.payment = payment;
    this.partnerId = partnerId;
    this.percent = percent;
    this.amount = amount;
    this.amountSgd = sgd;
    this.amountCny = cny;
  }

  public long partnerId() {
    return partnerId;
  }

  public BigDecimal percent() {
    return percent;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal amountSgd() {
    return amountSgd;
  }

  public BigDecimal amountCny() {
    return amountCny;
  }
}
