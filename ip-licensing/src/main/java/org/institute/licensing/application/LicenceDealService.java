package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.Conversion;
import org.institute.core.Documents;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.StoredDocument;
import org.institute.core.Violation;
import org.institute.licensing.ConsentView;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.Execution;
import org.institute.licensing.LicenceDealChanged;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentView;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.ApprovalPolicy;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.DealTermsCheck;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.licensing.domain.RevenueSplit;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/** Licence deals: the workflow's use cases, each in one transaction (decision 0010). */
@ApplicationScoped
@Transactional
class LicenceDealService implements LicenceDeals {

  private static final Logger LOG = Logger.getLogger(LicenceDealService.class.getName());
  static final Currency SGD = Currency.getInstance("SGD");
  static final Currency CNY = Currency.getInstance("CNY");

  @Inject private DealRepository deals;
  @Inject private PatentFamilyRepository families;
  @Inject private PaymentRepository payments;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeRates rates;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private LicensingCaller caller;
  @Inject private DealNotifier notifier;
  @Inject private ObligationService obligations;
  @Inject private Event<LicenceDealChanged> changed;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "institute.licensing.two-admin-threshold-sgd", defaultValue = "500000")
  private BigDecimal thresholdSgd;

  @Override
  public DealView create(DealTerms terms) {
    Actor actor = caller.actor();
    Set<Long> licensors = licensorsOf(terms);
    LicenceDeal deal = deals.add(LicenceDeal.draft(actor, terms, licensors, clock.instant()));
    audit.record("LICENCE_DEAL_CREATED", "LicenceDeal", deal.id().toString(), summary(deal));
    changed.fire(
        new LicenceDealChanged(deal.id(), DealAction.CREATE, null, deal.state(), actor.username()));
    return view(deal);
  }

  @Override
  public DealView revise(long id, long expectedVersion, DealTerms terms) {
    Actor actor = caller.actor();
    LicenceDeal deal = visible(id);
    requireVersion(deal, expectedVersion);
    Set<Long> licensors = licensorsOf(terms);
    DealState from = deal.state();
    deal.revise(actor, terms, licensors, clock.instant());
    return finish(deal, DealAction.REVISE, from, actor, summary(deal));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<DealView> find(long id) {
    Long scope = caller.readScope();
    return deals.find(id).filter(d -> scope == null || d.isParty(scope)).map(this::view);
  }

  @Override
  public DealPage list(DealQuery query, int offset, int limit) {
    Long scope = caller.readScope();
    DealQuery q = query == null ? DealQuery.all() : query;
    requireSort(q.sort());
    List<DealRow> rows = deals.rows(q, scope, offset, limit);
    return new DealPage(named(rows), deals.count(q, scope), offset, limit);
  }

  @Override
  public Map<DealState, Long> countByState() {
    return deals.countByState(caller.readScope());
  }

  @Override
  public DealPage inbox(int offset, int limit) {
    caller.readScope();
    boolean admin = caller.isAdmin();
    Long partner = caller.partner();
    if (!admin && partner == null) {
      return new DealPage(List.of(), 0, offset, limit);
    }
    List<DealRow> rows = deals.inbox(admin, partner, caller.name(), offset, limit);
    return new DealPage(
        named(rows), deals.inboxCount(admin, partner, caller.name()), offset, limit);
  }

  @Override
  public DealView submit(long id, String comment) {
    return transition(
        id,
        DealAction.SUBMIT,
        (deal, actor) -> {
          LocalDate today = LocalDate.now(clock);
          deal.submit(actor, requiredApprovals(deal, today), today, clock.instant(), comment);
        });
  }

  @Override
  public DealView consent(long id, String comment) {
    return transition(
        id, DealAction.CONSENT, (deal, actor) -> deal.consent(actor, clock.instant(), comment));
  }

  @Override
  public DealView approve(long id, String comment) {
    return transition(
        id, DealAction.APPROVE, (deal, actor) -> deal.approve(actor, clock.instant(), comment));
  }

  @Override
  public DealView reject(long id, String reason) {
    return transition(
        id, DealAction.REJECT, (deal, actor) -> deal.reject(actor, clock.instant(), reason));
  }

  @Override
  public DealView requestChanges(long id, String reason) {
    return transition(
        id,
        DealAction.REQUEST_CHANGES,
        (deal, actor) -> deal.requestChanges(actor, clock.instant(), reason));
  }

  @Override
  public DealView execute(long id, Execution execution) {
    return transition(
        id,
        DealAction.EXECUTE,
        (deal, actor) -> {
          if (execution == null || execution.signingDate() == null) {
            throw InvalidCommandException.of("signingDate", "field.required");
          }
          // a refused execution rolls back, and the stored document with it
          StoredDocument pdf =
              documents.storePdf("signedPdf", execution.fileName(), execution.signedPdf());
          deal.execute(
              actor,
              execution.signingDate(),
              pdf.id(),
              LocalDate.now(clock),
              clock.instant(),
              execution.comment());
          deal.activateIfDue(LocalDate.now(clock), clock.instant());
          obligations.deriveFor(deal);
        });
  }

  @Override
  public DealView terminate(long id, String reason) {
    return transition(
        id, DealAction.TERMINATE, (deal, actor) -> deal.terminate(actor, clock.instant(), reason));
  }

  @Override
  public PaymentView recordPayment(long dealId, NewPayment p) {
    Actor actor = caller.actor();
    LicenceDeal deal = visible(dealId);
    if (!actor.admin() && !deal.licensorIds().contains(actor.partnerId())) {
      throw new AccessRefusedException("recording payments: admins or licensor staff");
    }
    if (!deal.state().acceptsPayments()) {
      throw new ConflictException(
          "The deal is " + deal.state() + "; payments are recorded once it is executed.");
    }
    Money amount = checkPayment(p, deal);
    Currency other = amount.currency().equals(SGD) ? CNY : SGD;
    Conversion conversion =
        rates
            .convert(amount, other, p.receivedOn())
            .orElseThrow(() -> InvalidCommandException.of("receivedOn", "fx.noRate"));
    List<java.util.Map<Long, BigDecimal>> shares = new ArrayList<>();
    for (PatentFamily family : families.findAll(deal.familyIds())) {
      shares.add(family.sharesOn(p.receivedOn()));
    }
    RevenueSplit split;
    try {
      split = RevenueSplit.of(shares);
    } catch (IllegalStateException noOwners) {
      throw InvalidCommandException.of("receivedOn", "licensing.payment.noOwners");
    }
    Long obligation =
        obligations.meet(deal, p.purpose(), amount, conversion, p.receivedOn(), p.obligationId());
    Payment payment =
        payments.add(
            new Payment(
                deal.id(),
                p.receivedOn(),
                amount,
                p.purpose(),
                blankToNull(p.note()),
                conversion,
                split,
                actor.username(),
                clock.instant(),
                obligation));
    PartnerNames names = PartnerNames.of(partners);
    StringBuilder summary =
        new StringBuilder(
            amount
                + " received "
                + p.receivedOn()
                + " for "
                + p.purpose()
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
    audit.record(
        "LICENCE_PAYMENT_RECORDED", "LicenceDeal", deal.id().toString(), summary.toString());
    return paymentView(payment, names);
  }

  @Override
  public List<PaymentView> payments(long dealId) {
    LicenceDeal deal = visible(dealId);
    PartnerNames names = PartnerNames.of(partners);
    return payments.ofDeal(deal.id()).stream().map(p -> paymentView(p, names)).toList();
  }

  @Override
  public DistributionStatement distribution(long dealId) {
    List<PaymentView> list = payments(dealId);
    Map<Long, BigDecimal[]> totals = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    BigDecimal sgd = BigDecimal.ZERO.setScale(2);
    BigDecimal cny = BigDecimal.ZERO.setScale(2);
    for (PaymentView p : list) {
      sgd = sgd.add(p.amountSgd());
      cny = cny.add(p.amountCny());
      for (PaymentView.DistributionLine line : p.distribution()) {
        BigDecimal[] t =
            totals.computeIfAbsent(
                line.partnerId(),
                k -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
        t[0] = t[0].add(line.amountSgd());
        t[1] = t[1].add(line.amountCny());
        names.put(line.partnerId(), line.partnerName());
      }
    }
    List<DistributionStatement.PartnerTotal> partnerTotals = new ArrayList<>();
    totals.forEach(
        (partner, t) ->
            partnerTotals.add(
                new DistributionStatement.PartnerTotal(partner, names.get(partner), t[0], t[1])));
    return new DistributionStatement(dealId, sgd, cny, partnerTotals, list);
  }

  @Override
  public Optional<SignedAgreement> signedAgreement(long dealId) {
    LicenceDeal deal = visible(dealId);
    if (deal.signedDocumentId() == null) {
      return Optional.empty();
    }
    Optional<StoredDocument> doc = documents.find(deal.signedDocumentId());
    return doc.flatMap(
        d -> documents.content(d.id()).map(bytes -> new SignedAgreement(d.fileName(), bytes)));
  }

  /** Loads the deal, transitions it, and commits exactly one of any racing transitions. */
  private DealView transition(
      long id, DealAction action, java.util.function.BiConsumer<LicenceDeal, Actor> step) {
    Actor actor = caller.actor();
    LicenceDeal deal = visible(id);
    DealState from = deal.state();
    step.accept(deal, actor);
    return finish(deal, action, from, actor, null);
  }

  private DealView finish(
      LicenceDeal deal, DealAction action, DealState from, Actor actor, String summary) {
    try {
      deals.flushWithNewVersion(deal);
    } catch (PersistenceException raced) {
      LOG.log(Level.FINE, "deal " + deal.id() + " changed in parallel", raced);
      throw new ConflictException(
          "Someone else changed this licence deal at the same moment; nothing was changed. Reload it and try again.",
          raced);
    }
    String comment =
        deal.events().isEmpty()
            ? null
            : deal.events().get(deal.events().size() - 1).view().comment();
    audit.record(
        "LICENCE_DEAL_" + action.name(),
        "LicenceDeal",
        deal.id().toString(),
        from
            + " -> "
            + deal.state()
            + (summary == null ? "" : "; " + summary)
            + (comment == null ? "" : "; comment: " + comment));
    notifier.after(deal, action, actor.username());
    changed.fire(new LicenceDealChanged(deal.id(), action, from, deal.state(), actor.username()));
    return view(deal);
  }

  private LicenceDeal visible(long id) {
    Long scope = caller.readScope();
    return deals
        .find(id)
        .filter(d -> scope == null || d.isParty(scope))
        .orElseThrow(() -> new RecordNotFoundException("licence deal " + id));
  }

  private static void requireVersion(LicenceDeal deal, long expected) {
    if (deal.version() != expected) {
      throw new ConflictException(
          "The deal was changed by someone else since you loaded it (version "
              + expected
              + ", now "
              + deal.version()
              + "). Reload it and try again.");
    }
  }

  private int requiredApprovals(LicenceDeal deal, LocalDate today) {
    ApprovalPolicy policy = new ApprovalPolicy(Money.of(thresholdSgd, SGD));
    Money value = deal.totalValue();
    Money threshold = policy.thresholdSgd();
    if (!value.currency().equals(SGD)) {
      threshold =
          rates
              .convert(threshold, value.currency(), today)
              .map(Conversion::result)
              .orElseThrow(() -> InvalidCommandException.of(null, "licensing.deal.noRate"));
    }
    return policy.requiredApprovals(value, threshold);
  }

  /**
   * The licensors: today's co-owners of the licensed families. Checks the licensee and families
   * exist.
   */
  private Set<Long> licensorsOf(DealTerms terms) {
    List<Violation> problems = new ArrayList<>(DealTermsCheck.violations(terms));
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Optional<PartnerSummary> licensee = partners.find(new PartnerId(terms.licenseeId()));
    if (licensee.isEmpty() || !licensee.get().active()) {
      problems.add(new Violation("licenseeId", "partner.unknown"));
    } else if (!licensee.get().isCompany()) {
      problems.add(new Violation("licenseeId", "licensing.deal.licensee.notCompany"));
    }
    List<PatentFamily> found = families.findAll(terms.familyIds());
    if (found.size() != terms.familyIds().size()) {
      problems.add(new Violation("familyIds", "licensing.deal.families.unknown"));
    }
    Set<Long> licensors = new TreeSet<>();
    LocalDate today = LocalDate.now(clock);
    found.forEach(f -> licensors.addAll(f.sharesOn(today).keySet()));
    if (problems.isEmpty() && licensors.isEmpty()) {
      problems.add(new Violation("familyIds", "licensing.deal.families.noOwner"));
    }
    if (licensors.contains(terms.licenseeId())) {
      problems.add(new Violation("licenseeId", "licensing.deal.licensee.isOwner"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return licensors;
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

  private static void requireSort(String sort) {
    if (sort == null || sort.isBlank()) {
      return;
    }
    String field = sort.startsWith("-") ? sort.substring(1) : sort;
    if (!DealQuery.SORTS.contains(field)) {
      throw InvalidCommandException.of("sort", "sort.invalid");
    }
  }

  private List<DealRow> named(List<DealRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    PartnerNames names = PartnerNames.of(partners);
    return rows.stream()
        .map(
            r ->
                new DealRow(
                    r.id(),
                    r.title(),
                    r.state(),
                    r.licenseeId(),
                    names.name(r.licenseeId()),
                    r.currency(),
                    r.totalValue(),
                    r.submittedBy(),
                    r.updatedAt(),
                    r.version()))
        .toList();
  }

  private DealView view(LicenceDeal d) {
    PartnerNames names = PartnerNames.of(partners);
    List<ConsentView> consents =
        d.consents().stream()
            .map(
                c ->
                    new ConsentView(
                        c.partnerId(), names.name(c.partnerId()), c.givenBy(), c.givenAt()))
            .toList();
    return new DealView(
        d.id(),
        d.version(),
        d.state(),
        d.terms(),
        names.name(d.licenseeId()),
        d.licensorIds().stream()
            .map(p -> new DealView.PartyView(p, names.code(p), names.name(p)))
            .toList(),
        d.totalValue().amount(),
        d.createdBy(),
        d.createdAt(),
        d.submittedBy(),
        d.submissionDate(),
        d.requiredApprovals(),
        d.approvedBy(),
        consents,
        d.signingDate(),
        d.signedDocumentId(),
        d.events().stream().map(e -> e.view()).toList());
  }

  private static PaymentView paymentView(Payment p, PartnerNames names) {
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
                        percent(s.percent()),
                        s.amount(),
                        s.amountSgd(),
                        s.amountCny()))
            .toList(),
        p.obligationId());
  }

  static BigDecimal percent(BigDecimal p) {
    BigDecimal stripped = p.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String summary(LicenceDeal d) {
    return "\""
        + d.title()
        + "\" licensee "
        + d.licenseeId()
        + ", families "
        + d.familyIds()
        + ", licensors "
        + d.licensorIds()
        + ", total "
        + d.totalValue();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
