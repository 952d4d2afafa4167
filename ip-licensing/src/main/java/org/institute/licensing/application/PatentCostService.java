package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.institute.core.Scope;
import org.institute.licensing.FamilyAction;
import org.institute.licensing.NewPatentCost;
import org.institute.licensing.PatentCostSummary;
import org.institute.licensing.PatentCostView;
import org.institute.licensing.PatentCosts;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.PatentCost;
import org.institute.licensing.domain.PatentCostCheck;
import org.institute.licensing.domain.PatentCostRepository;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.partners.PartnerDirectory;

/**
 * Recording and reading the costs of patent families (decision 0103): who may is licensing's policy
 * ({@link FamilyAction#RECORD_COST}: admins and staff of a current co-owner; readers of the family
 * read its costs); each cost is converted at its date's rate and audited.
 */
@ApplicationScoped
@Transactional
class PatentCostService implements PatentCosts {

  @Inject private PatentCostRepository costs;
  @Inject private PatentFamilyRepository families;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeRates rates;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;

  @Override
  public PatentCostSummary of(long familyId) {
    visible(familyId);
    return summary(familyId, PartnerNames.of(partners));
  }

  @Override
  public PatentCostView record(long familyId, NewPatentCost cost) {
    Actor actor = policy.actor();
    PatentFamily family = visible(familyId);
    LocalDate today = LocalDate.now(clock);
    policy.requireFamilyAction(FamilyAction.RECORD_COST, actor, family, today);
    PatentCost saved =
        store(family, cost, actor.username(), clock.instant(), today, "PATENT_COST_RECORDED");
    return view(saved, PartnerNames.of(partners));
  }

  /**
   * Checks, converts, stores and audits a cost of the family: the one way a cost is kept, live and
   * in the history import ({@code action} names the audit entry).
   */
  PatentCost store(
      PatentFamily family,
      NewPatentCost cost,
      String recordedBy,
      java.time.Instant at,
      LocalDate today,
      String action) {
    long familyId = family.id();
    PatentCostCheck.require(cost, family.everyOwner(), today);
    Money amount = Money.of(cost.amount(), Currency.getInstance(cost.currency()));
    Currency other = amount.currency().equals(Currencies.SGD) ? Currencies.CNY : Currencies.SGD;
    Conversion conversion =
        rates
            .convert(amount, other, cost.incurredOn())
            .orElseThrow(() -> InvalidCommandException.of("incurredOn", "fx.noRate"));
    PatentCost saved =
        costs.add(
            new PatentCost(
                familyId,
                cost.kind(),
                cost.paidBy(),
                cost.incurredOn(),
                amount,
                conversion,
                cost.note(),
                recordedBy,
                at));
    PartnerNames names = PartnerNames.of(partners);
    audit.record(
        action,
        "PatentFamily",
        Long.toString(familyId),
        saved.kind()
            + " "
            + amount
            + " of "
            + saved.incurredOn()
            + " paid by "
            + names.name(saved.paidBy())
            + " = SGD "
            + saved.amountSgd()
            + " / CNY "
            + saved.amountCny()
            + (saved.note() == null ? "" : "; " + saved.note()));
    return saved;
  }

  private PatentCostSummary summary(long familyId, PartnerNames names) {
    List<PatentCostView> views = new ArrayList<>();
    BigDecimal sgd = BigDecimal.ZERO.setScale(2);
    BigDecimal cny = BigDecimal.ZERO.setScale(2);
    Map<Long, BigDecimal[]> byPayer = new LinkedHashMap<>();
    for (PatentCost c : costs.ofFamily(familyId)) {
      views.add(view(c, names));
      sgd = sgd.add(c.amountSgd());
      cny = cny.add(c.amountCny());
      BigDecimal[] totals =
          byPayer.computeIfAbsent(
              c.paidBy(),
              p -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
      totals[0] = totals[0].add(c.amountSgd());
      totals[1] = totals[1].add(c.amountCny());
    }
    List<PatentCostSummary.PayerTotal> payers = new ArrayList<>();
    byPayer.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                payers.add(
                    new PatentCostSummary.PayerTotal(
                        e.getKey(),
                        names.name(e.getKey()),
                        names.nameZh(e.getKey()),
                        e.getValue()[0],
                        e.getValue()[1])));
    return new PatentCostSummary(familyId, views, sgd, cny, payers);
  }

  private static PatentCostView view(PatentCost c, PartnerNames names) {
    return new PatentCostView(
        c.id(),
        c.familyId(),
        c.kind(),
        c.paidBy(),
        names.name(c.paidBy()),
        names.nameZh(c.paidBy()),
        c.incurredOn(),
        c.amount(),
        c.currency(),
        c.amountSgd(),
        c.amountCny(),
        c.rateDate(),
        c.note(),
        c.recordedBy(),
        c.recordedAt());
  }

  private PatentFamily visible(long id) {
    Scope scope = policy.readScope();
    return families
        .find(id)
        .filter(f -> families.inScope(id, scope))
        .orElseThrow(() -> new RecordNotFoundException("patent family " + id));
  }
}
