package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.Conversion;
import org.institute.core.Money;
import org.institute.licensing.DistributionStep;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.domain.DistributionPolicyRepository;
import org.institute.licensing.domain.DistributionPolicyVersion;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentCostRepository;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.licensing.domain.Waterfall;

/**
 * Gathers what the distribution waterfall of a payment needs (decision 0107): the deal's families,
 * locked, with their shares on the payment's date, their unrecovered costs (costs incurred by then
 * less what payments not voided repaid), each co-owner's income from them so far, their inventors,
 * and the institutions' policies in force on the date. The one home of that gathering: recording a
 * payment, importing one and previewing a policy all ask it.
 */
@ApplicationScoped
class PaymentDistributor {

  private static final EnumSet<DistributionStep> INCOME =
      EnumSet.of(DistributionStep.INSTITUTION, DistributionStep.INVENTOR);

  @Inject private PatentFamilyRepository families;
  @Inject private PaymentRepository payments;
  @Inject private PatentCostRepository costs;
  @Inject private DistributionPolicyRepository policies;

  /** A payment's waterfall and the policy version that split each institution's part. */
  record Planned(Waterfall.Result result, Map<Long, Long> policyIds) {}

  /**
   * @throws IllegalStateException when no family of the deal had an owner on the date
   */
  Planned plan(LicenceDeal deal, Money amount, Conversion conversion, LocalDate receivedOn) {
    List<PatentFamily> licensed = families.lockAll(deal.familyIds());
    Map<Long, DistributionPolicyVersion> inForce = policies.inForceOn(receivedOn);
    boolean inSgd = amount.currency().getCurrencyCode().equals("SGD");
    return plan(
        licensed,
        amount,
        inSgd ? amount : conversion.result(),
        inSgd ? conversion.result() : amount,
        receivedOn,
        null,
        inForce);
  }

  /**
   * The waterfall as it would be for a payment recorded before {@code beforePayment} (null: now),
   * under the given policies; nothing is locked or stored (a preview).
   */
  Planned plan(
      List<PatentFamily> licensed,
      Money amount,
      Money sgd,
      Money cny,
      LocalDate receivedOn,
      Long beforePayment,
      Map<Long, DistributionPolicyVersion> inForce) {
    List<Long> ids = licensed.stream().map(PatentFamily::id).toList();
    Map<Long, Map<Long, BigDecimal>> spent = costs.sgdByPayer(ids, receivedOn);
    Map<Long, Map<Long, BigDecimal>> repaid =
        payments.distributedSgd(ids, EnumSet.of(DistributionStep.COST_RECOVERY), beforePayment);
    Map<Long, Map<Long, BigDecimal>> income = payments.distributedSgd(ids, INCOME, beforePayment);
    List<Waterfall.Family> input = new ArrayList<>();
    for (PatentFamily f : licensed) {
      Map<Long, BigDecimal> unrecovered = new HashMap<>();
      spent
          .getOrDefault(f.id(), Map.of())
          .forEach(
              (payer, spentSgd) ->
                  unrecovered.put(
                      payer,
                      spentSgd
                          .subtract(
                              repaid
                                  .getOrDefault(f.id(), Map.of())
                                  .getOrDefault(payer, BigDecimal.ZERO))
                          .max(BigDecimal.ZERO)));
      input.add(
          new Waterfall.Family(
              f.id(),
              f.sharesOn(receivedOn),
              f.costRecovery(),
              unrecovered,
              income.getOrDefault(f.id(), Map.of()),
              f.inventors()));
    }
    Map<Long, List<DistributionTier>> tiers = new HashMap<>();
    Map<Long, Long> policyIds = new HashMap<>();
    inForce.forEach(
        (partner, version) -> {
          tiers.put(partner, version.tiers());
          policyIds.put(partner, version.id());
        });
    return new Planned(Waterfall.distribute(amount, sgd, cny, input, tiers), policyIds);
  }
}
