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
import java.util.List;
import org.institute.core.Conversion;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.licensing.PaymentPurpose;

/**
 * Money received under a deal, with its value in SGD and CNY at its date and its split between the
 * co-owners. Written once; the split never changes afterwards, even if ownership does later. An
 * admin may void it, with a reason (a payment recorded in error, a bounced transfer): it then stays
 * on record, with who voided it, when and why, but counts no more in any total, its split is
 * reversed with it and the obligation it counted towards is paid that much less ({@link
 * Obligation#reverse}). Nothing of it is ever deleted.
 */
@Entity
@Table(name = "lic_payment")
public class Payment {

  /** The longest reason for a void. */
  public static final int MAX_REASON = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Two admins voiding the same payment at once: the second one's commit fails. */
  @Version private long version;

  @Column(name = "deal_id", nullable = false)
  private long dealId;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column(nullable = false, length = 3)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PaymentPurpose purpose;

  @Column(length = 500)
  private String note;

  @Column(name = "amount_sgd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountSgd;

  @Column(name = "amount_cny", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountCny;

  /** CNY per SGD used for the conversion. */
  @Column(name = "sgd_cny_rate", nullable = false, precision = 19, scale = 8)
  private BigDecimal sgdCnyRate;

  @Column(name = "rate_date", nullable = false)
  private LocalDate rateDate;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  /** The obligation this payment meets, if any (decision 0014). */
  @Column(name = "obligation_id")
  private Long obligationId;

  /** The invoice it pays (docs/decisions/0101), if recorded against one. */
  @Column(name = "invoice_id")
  private Long invoiceId;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by", length = 64)
  private String voidedBy;

  @Column(name = "void_reason", length = MAX_REASON)
  private String voidReason;

  @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
  @OrderBy("partnerId")
  private List<PaymentShare> shares = new ArrayList<>();

  @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<DistributionLine> lines = new ArrayList<>();

  protected Payment() {}

  /**
   * @param conversion the payment converted into the other currency at its date
   * @param distribution its waterfall ({@link Waterfall#distribute(Money,
   *     org.institute.core.Conversion, List, java.util.Map)}); each co-owner's share is the sum of
   *     its lines
   * @param policies the distribution policy version that split each institution's part, by partner
   */
  public Payment(
      long dealId,
      LocalDate receivedOn,
      Money amount,
      PaymentPurpose purpose,
      String note,
      Conversion conversion,
      Waterfall.Result distribution,
      java.util.Map<Long, Long> policies,
      String recordedBy,
      Instant recordedAt,
      Long obligationId) {
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("a payment is positive: " + amount);
    }
    if (!distribution.amount().equals(amount)) {
      throw new IllegalArgumentException("the distribution is of another amount");
    }
    this.dealId = dealId;
    this.receivedOn = receivedOn;
    this.amount = amount.amount();
    this.currency = amount.currency().getCurrencyCode();
    this.purpose = purpose;
    this.note = note;
    this.amountSgd = distribution.sgd().amount();
    this.amountCny = distribution.cny().amount();
    this.sgdCnyRate =
        currency.equals("SGD")
            ? conversion.rate()
            : BigDecimal.ONE
                .divide(conversion.rate(), java.math.MathContext.DECIMAL64)
                .setScale(8, java.math.RoundingMode.HALF_EVEN);
    this.rateDate = conversion.rateDate();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.obligationId = obligationId;
    distribution
        .totals()
        .forEach(
            (partner, t) ->
                shares.add(
                    new PaymentShare(
                        this,
                        partner,
                        distribution.percents().getOrDefault(partner, BigDecimal.ZERO),
                        t[0].amount(),
                        t[1].amount(),
                        t[2].amount())));
    List<Waterfall.Line> waterfall = distribution.lines();
    for (int i = 0; i < waterfall.size(); i++) {
      Waterfall.Line line = waterfall.get(i);
      lines.add(new DistributionLine(this, i + 1, line, policies.get(line.partnerId())));
    }
  }

  /**
   * Voids the payment: only an admin may ({@link
   * DealPolicy#require(org.institute.licensing.PaymentAction, Actor, Payment)}), once, with a
   * reason. From then on it counts in no total and its split and the obligation it paid towards are
   * reversed by exactly its amounts; the record stays.
   *
   * @throws org.institute.core.AccessRefusedException when the actor is not an admin
   * @throws org.institute.core.ConflictException when it is voided already
   * @throws InvalidCommandException when the reason is missing ({@code reason}) or too long
   */
  public void voidBy(Actor actor, String reason, Instant at) {
    DealPolicy.require(org.institute.licensing.PaymentAction.VOID, actor, this);
    if (reason == null || reason.isBlank()) {
      throw InvalidCommandException.of("reason", "licensing.deal.reason.required");
    }
    String why = reason.trim();
    if (why.length() > MAX_REASON) {
      throw InvalidCommandException.of("reason", "field.tooLong");
    }
    this.voidedBy = actor.username();
    this.voidedAt = at;
    this.voidReason = why;
  }

  /** Records the payment against an invoice, before it is stored. */
  public void against(long invoice) {
    if (id != null || invoiceId != null) {
      throw new IllegalStateException("a recorded payment keeps its invoice");
    }
    this.invoiceId = invoice;
  }

  /** The invoice it pays, if any. */
  public Long invoiceId() {
    return invoiceId;
  }

  public boolean isVoided() {
    return voidedAt != null;
  }

  public Instant voidedAt() {
    return voidedAt;
  }

  public String voidedBy() {
    return voidedBy;
  }

  public String voidReason() {
    return voidReason;
  }

  /**
   * Its value in a currency of the deal, exactly as recorded: its own amount in its own currency,
   * else its SGD or CNY value at its date (what it counted towards an obligation in that currency).
   */
  public BigDecimal amountIn(String currencyCode) {
    if (currencyCode.equals(currency)) {
      return amount;
    }
    return switch (currencyCode) {
      case "SGD" -> amountSgd;
      case "CNY" -> amountCny;
      default -> throw new IllegalArgumentException("no value in " + currencyCode);
    };
  }

  public Long id() {
    return id;
  }

  public long dealId() {
    return dealId;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public PaymentPurpose purpose() {
    return purpose;
  }

  public String note() {
    return note;
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

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Long obligationId() {
    return obligationId;
  }

  public List<PaymentShare> shares() {
    return Collections.unmodifiableList(shares);
  }

  /** Its distribution waterfall, line by line (none for payments recorded before it, V23). */
  public List<DistributionLine> lines() {
    return Collections.unmodifiableList(lines);
  }
}
