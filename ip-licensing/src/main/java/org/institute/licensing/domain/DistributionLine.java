package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.institute.licensing.DistributionStep;
import org.institute.licensing.Inventor;

/**
 * One line of a payment's distribution waterfall ({@link Waterfall}): a cost repaid, what an
 * institution keeps of its share of a family, or an inventor's part; in the payment's currency, SGD
 * and CNY, with the policy version that decided an institution's and its inventors' parts. Written
 * with the payment, never changed; a void of the payment reverses it with the payment.
 */
@Entity
@Table(name = "lic_distribution_line")
public class DistributionLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "payment_id", nullable = false)
  private Payment payment;

  @Column(name = "line_no", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DistributionStep step;

  @Column(name = "family_id", nullable = false)
  private long familyId;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Column(name = "inventor_name", length = 200)
  private String inventorName;

  @Column(name = "inventor_orcid", length = 19)
  private String inventorOrcid;

  @Column(name = "contribution", precision = 7, scale = 4)
  private BigDecimal contribution;

  @Column(name = "policy_id")
  private Long policyId;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(name = "amount_sgd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountSgd;

  @Column(name = "amount_cny", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountCny;

  protected DistributionLine() {}

  DistributionLine(Payment payment, int number, Waterfall.Line line, Long policyId) {
    this.payment = payment;
    this.number = number;
    this.step = line.step();
    this.familyId = line.familyId();
    this.partnerId = line.partnerId();
    Inventor inventor = line.inventor();
    if (inventor != null) {
      this.inventorName = inventor.name();
      this.inventorOrcid = inventor.orcid();
      this.contribution = inventor.contribution();
    }
    this.policyId = line.step() == DistributionStep.COST_RECOVERY ? null : policyId;
    this.amount = line.amount().amount();
    this.amountSgd = line.sgd().amount();
    this.amountCny = line.cny().amount();
  }

  public int number() {
    return number;
  }

  public DistributionStep step() {
    return step;
  }

  public long familyId() {
    return familyId;
  }

  public long partnerId() {
    return partnerId;
  }

  /** The inventor of an {@link DistributionStep#INVENTOR} line, null otherwise. */
  public Inventor inventor() {
    return inventorName == null
        ? null
        : new Inventor(inventorName, partnerId, contribution, inventorOrcid);
  }

  public Long policyId() {
    return policyId;
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

  public Payment payment() {
    return payment;
  }
}
