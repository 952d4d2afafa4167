package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.AuditTrail;
import org.institute.core.Conversion;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.licensing.DealAction;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentRecorded;
import org.institute.licensing.PaymentView;
import org.institute.licensing.PaymentVoided;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.DealPolicy;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.partners.PartnerDirectory;

/**
 * Payments from licensees: recorded with their value in SGD and CNY and split between the co-owners
 * as they owned the families on the day received (the waterfall), then published as {@link
 * PaymentRecorded} in the same transaction; voided by an admin with a reason, which reverses their
 * split and what they paid towards an obligation ({@link PaymentVoided}); and the distribution
 * statement of a deal.
 */
@ApplicationScoped
@Transactional
class DealPaymentService {

  @Inject private PaymentRepository payments;
  @Inject private PaymentDistributor distributor;
  @Inject private org.institute.licensing.domain.PatentFamilyRepository families;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeRates rates;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private DealReadModel readModel;
  @Inject private ObligationService obligations;
  @Inject private Event<PaymentRecorded> recorded;
  @Inject private Event<PaymentVoided> voided;
  @Inject private Clock clock;

  PaymentView recordPayment(long dealId, NewPayment p) {
    return recordPayment(dealId, p, null);
  }

  /**
   * Records a payment of the deal, against {@code invoiceId} when given (docs/decisions/0101): the
   * same conversion, split, obligation and audit as every payment.
   */
  PaymentView recordPayment(long dealId, NewPayment p, Long invoiceId) {
    Actor actor = policy.actor();
    LicenceDeal deal = readModel.visible(dealId);
    DealPolicy.require(DealAction.RECORD_PAYMENT, actor, deal);
    Money amount = checkPayment(p, deal);
    Currency other = amount.currency().equals(Currencies.SGD) ? Currencies.CNY : Currencies.SGD;
    Conversion conversion =
        rates
            .convert(amount, other, p.receivedOn())
            .orElseThrow(() -> InvalidCommandException.of("receivedOn", "fx.noRate"));
    PaymentDistributor.Planned distribution;
    try {
      distribution = distributor.plan(deal, amount, conversion, p.receivedOn());
    } catch (IllegalStateException noOwners) {
      throw InvalidCommandException.of("receivedOn", "licensing.payment.noOwners");
    }
    Long obligation =
        obligations.meet(deal, p.purpose(), amount, conversion, p.receivedOn(), p.obligationId());
    Payment payment =
        new Payment(
            deal.id(),
            p.receivedOn(),
            amount,
            p.purpose(),
            blankToNull(p.note()),
            conversion,
            distribution.result(),
            distribution.policyIds(),
            actor.username(),
            clock.instant(),
            obligation);
    if (invoiceId != null) {
      payment.against(invoiceId);
    }
    payments.add(payment);
    PartnerNames names = PartnerNames.of(partners);
    Map<Long, String> refs = references(deal);
    audit.record(
        "LICENCE_PAYMENT_RECORDED",
        "LicenceDeal",
        deal.id().toString(),
        (invoiceId == null ? "" : "against invoice #" + invoiceId + ": ")
            + auditSummary(amount, payment, conversion, names));
    recorded.fire(event(payment));
    return paymentView(payment, names, refs);
  }

  /**
   * Voids a payment of the deal ({@link Payment#voidBy}): it stays on record and in the lists, with
   * who voided it, when and why, but its split counts in no total from now on and the obligation it
   * counted towards is paid exactly that much less. Audited with the amounts reversed.
   */
  PaymentView voidPayment(long dealId, long paymentId, String reason) {
    Actor actor = policy.actor();
    LicenceDeal deal = readModel.visible(dealId);
    Payment payment =
        payments
            .find(paymentId)
            .filter(p -> p.dealId() == deal.id())
            .orElseThrow(
                () -> new RecordNotFoundException("payment " + paymentId + " of deal " + dealId));
    payment.voidBy(actor, reason, clock.instant());
    String obligation = obligations.reverse(payment, payments.ofDeal(deal.id()));
    PartnerNames names = PartnerNames.of(partners);
    audit.record(
        "LICENCE_PAYMENT_VOIDED",
        "LicenceDeal",
        deal.id().toString(),
        voidSummary(payment, obligation, names));
    voided.fire(
        new PaymentVoided(
            payment.id(),
            payment.dealId(),
            payment.receivedOn(),
            payment.amount(),
            payment.currency(),
            parts(payment),
            payment.voidedBy(),
            payment.voidReason()));
    return paymentView(payment, names, references(deal));
  }

  List<PaymentView> payments(long dealId) {
    LicenceDeal deal = readModel.visible(dealId);
    PartnerNames names = PartnerNames.of(partners);
    Map<Long, String> refs = references(deal);
    return payments.ofDeal(deal.id()).stream().map(p -> paymentView(p, names, refs)).toList();
  }

  /** The references of the deal's families, by id. */
  private Map<Long, String> references(LicenceDeal deal) {
    Map<Long, String> refs = new java.util.HashMap<>();
    families.findAll(deal.familyIds()).forEach(f -> refs.put(f.id(), f.reference()));
    return refs;
  }

  DistributionStatement distribution(long dealId) {
    List<PaymentView> list = payments(dealId);
    Map<Long, BigDecimal[]> totals = new LinkedHashMap<>();
    Map<Long, PaymentView.DistributionLine> names = new LinkedHashMap<>();
    BigDecimal sgd = BigDecimal.ZERO.setScale(2);
    BigDecimal cny = BigDecimal.ZERO.setScale(2);
    for (PaymentView p : list) {
      if (p.voided()) {
        continue;
      }
      sgd = sgd.add(p.amountSgd());
      cny = cny.add(p.amountCny());
      for (PaymentView.DistributionLine line : p.distribution()) {
        BigDecimal[] t =
            totals.computeIfAbsent(
                line.partnerId(),
                k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        t[0] = t[0].add(line.amountSgd());
        t[1] = t[1].add(line.amountCny());
        names.put(line.partnerId(), line);
      }
    }
    List<DistributionStatement.PartnerTotal> partnerTotals = new ArrayList<>();
    totals.forEach(
        (partner, t) ->
            partnerTotals.add(
                new DistributionStatement.PartnerTotal(
                    partner,
                    names.get(partner).partnerName(),
                    names.get(partner).partnerNameZh(),
                    t[0],
                    t[1])));
    return new DistributionStatement(dealId, sgd, cny, partnerTotals, list);
  }

  private static PaymentRecorded event(Payment payment) {
    return new PaymentRecorded(
        payment.id(),
        payment.dealId(),
        payment.receivedOn(),
        payment.amount(),
        payment.currency(),
        payment.purpose(),
        payment.amountSgd(),
        payment.amountCny(),
        payment.obligationId(),
        parts(payment),
        payment.recordedBy());
  }

  private static List<PaymentRecorded.Part> parts(Payment payment) {
    return payment.shares().stream()
        .map(s -> new PaymentRecorded.Part(s.partnerId(), s.amountSgd(), s.amountCny()))
        .toList();
  }

  private static String auditSummary(
      Money amount, Payment payment, Conversion conversion, PartnerNames names) {
    StringBuilder summary =
        new StringBuilder(
            amount
                + " received "
                + payment.receivedOn()
                + " for "
                + payment.purpose()
                + " = SGD "
                + payment.amountSgd()
                + " / CNY "
                + payment.amountCny()
                + " at "
                + conversion.rate()
                + " ("
                + conversion.rateDate()
                + "); split:");
    payment
        .shares()
        .forEach(
            s ->
                summary
                    .append(' ')
                    .append(names.code(s.partnerId()))
                    .append(' ')
                    .append(s.percent().stripTrailingZeros().toPlainString())
                    .append("% SGD ")
                    .append(s.amountSgd())
                    .append(" CNY ")
                    .append(s.amountCny())
                    .append(';'));
    if (!payment.lines().isEmpty()) {
      summary.append(" waterfall:");
      payment
          .lines()
          .forEach(
              l ->
                  summary
                      .append(' ')
                      .append(l.step())
                      .append(" family #")
                      .append(l.familyId())
                      .append(' ')
                      .append(names.code(l.partnerId()))
                      .append(l.inventor() == null ? "" : " " + l.inventor().name())
                      .append(" SGD ")
                      .append(l.amountSgd())
                      .append(';'));
    }
    return summary.toString();
  }

  private static String voidSummary(Payment payment, String obligation, PartnerNames names) {
    StringBuilder summary =
        new StringBuilder(
            "payment #"
                + payment.id()
                + " of "
                + payment.currency()
                + " "
                + payment.amount()
                + " received "
                + payment.receivedOn()
                + " for "
                + payment.purpose()
                + " (recorded by "
                + payment.recordedBy()
                + ") voided; reason: "
                + payment.voidReason()
                + "; reversed: SGD "
                + payment.amountSgd()
                + " / CNY "
                + payment.amountCny()
                + ", split:");
    payment
        .shares()
        .forEach(
            s ->
                summary
                    .append(' ')
                    .append(names.code(s.partnerId()))
                    .append(" SGD -")
                    .append(s.amountSgd())
                    .append(" CNY -")
                    .append(s.amountCny())
                    .append(';'));
    if (obligation != null) {
      summary.append(' ').append(obligation);
    }
    return summary.toString();
  }

  private Money checkPayment(NewPayment p, LicenceDeal deal) {
    List<Violation> problems = new ArrayList<>();
    if (p == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    LocalDate today = LocalDate.now(clock);
    if (p.receivedOn() == null) {
      problems.add(new Violation("receivedOn", "field.required"));
    } else if (p.receivedOn().isAfter(today)) {
      problems.add(new Violation("receivedOn", "licensing.payment.inFuture"));
    } else if (deal.signingDate() != null && p.receivedOn().isBefore(deal.signingDate())) {
      problems.add(new Violation("receivedOn", "licensing.payment.beforeSigning"));
    }
    if (p.purpose() == null) {
      problems.add(new Violation("purpose", "field.required"));
    }
    if (p.note() != null && p.note().length() > 500) {
      problems.add(new Violation("note", "field.tooLong"));
    }
    if (p.currency() == null || !List.of("SGD", "CNY").contains(p.currency())) {
      problems.add(new Violation("currency", "currency.unsupported"));
    }
    if (p.amount() == null) {
      problems.add(new Violation("amount", "field.required"));
    } else if (p.amount().signum() <= 0) {
      problems.add(new Violation("amount", "amount.notPositive"));
    } else if (p.amount().compareTo(new BigDecimal("1000000000000")) >= 0) {
      problems.add(new Violation("amount", "amount.outOfRange"));
    } else if (p.amount().stripTrailingZeros().scale() > 2) {
      problems.add(new Violation("amount", "amount.tooPrecise"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return Money.of(p.amount(), Currency.getInstance(p.currency()));
  }

  private PaymentView paymentView(Payment p, PartnerNames names, Map<Long, String> refs) {
    return new PaymentView(
        p.id(),
        p.dealId(),
        p.receivedOn(),
        p.amount(),
        p.currency(),
        p.purpose(),
        p.note(),
        p.amountSgd(),
        p.amountCny(),
        p.sgdCnyRate(),
        p.rateDate(),
        p.recordedBy(),
        p.recordedAt(),
        p.shares().stream()
            .map(
                s ->
                    new PaymentView.DistributionLine(
                        s.partnerId(),
                        names.name(s.partnerId()),
                        names.nameZh(s.partnerId()),
                        percent(s.percent()),
                        s.amount(),
                        s.amountSgd(),
                        s.amountCny()))
            .toList(),
        p.lines().stream().map(l -> DistributionViews.line(l, names, refs)).toList(),
        p.obligationId(),
        Conversion.staleRate(p.rateDate(), p.receivedOn()),
        p.voidedAt(),
        p.voidedBy(),
        p.voidReason(),
        policy.paymentActions(p));
  }

  static BigDecimal percent(BigDecimal p) {
    BigDecimal stripped = p.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
