package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.institute.core.Money;
import org.institute.licensing.CostRecovery;
import org.institute.licensing.DistributionStep;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.Inventor;

/**
 * The distribution waterfall of one payment (issue 19, decision 0107), in three steps:
 *
 * <ol>
 *   <li>the unrecovered patent costs of the deal's families whose co-owners agreed to recover them
 *       first are repaid to the partners that paid them (pro rata when the payment does not cover
 *       them all);
 *   <li>the rest is split between the co-owners by the shares in force on the payment's date, each
 *       family counting equally (as {@link RevenueSplit} always did), and each co-owner's part
 *       between the families it owns;
 *   <li>each institution's part of a family is split by the institution's distribution policy: its
 *       tiers on the cumulative income the institution has had from the family so far (in SGD) give
 *       its inventors' part, which is split between the institution's inventors of the family by
 *       their contributions. Without a policy or without inventors of its own on the family the
 *       institution keeps its part.
 * </ol>
 *
 * Every split is {@link Money#allocate} by the largest remainder, done alike in the payment's
 * currency, in SGD and in CNY, so the lines add up to the payment to the cent in each of them.
 * Weights are worked out in SGD, the currency of costs and tiers.
 */
public final class Waterfall {

  /**
   * A licensed family as the waterfall sees it on the payment's date.
   *
   * @param shares the co-owners' percentages in force (empty: the family had no owner then and
   *     takes no part)
   * @param unrecoveredSgd per partner that paid costs, what is not yet repaid (SGD)
   * @param cumulativeSgd per co-owner, its income from the family before this payment (SGD)
   */
  public record Family(
      long familyId,
      Map<Long, BigDecimal> shares,
      CostRecovery recovery,
      Map<Long, BigDecimal> unrecoveredSgd,
      Map<Long, BigDecimal> cumulativeSgd,
      List<Inventor> inventors) {}

  /** One line of the distribution; its amounts are in the payment's currency, SGD and CNY. */
  public record Line(
      DistributionStep step,
      long familyId,
      long partnerId,
      Inventor inventor,
      Money amount,
      Money sgd,
      Money cny) {}

  /**
   * A payment's distribution: the payment in its currency, SGD and CNY, its lines (which add up to
   * it in each), and each co-owner's share of what was split by ownership (percent, six decimals).
   */
  public record Result(
      Money amount, Money sgd, Money cny, List<Line> lines, Map<Long, BigDecimal> percents) {

    /** Each partner's total of the lines, in the payment's currency, SGD and CNY. */
    public Map<Long, Money[]> totals() {
      Map<Long, Money[]> totals = new TreeMap<>();
      percents.keySet().forEach(p -> totals.put(p, zero()));
      for (Line l : lines) {
        Money[] t = totals.computeIfAbsent(l.partnerId(), p -> zero());
        t[0] = t[0].plus(l.amount());
        t[1] = t[1].plus(l.sgd());
        t[2] = t[2].plus(l.cny());
      }
      return totals;
    }

    private Money[] zero() {
      return new Money[] {
        Money.zero(amount.currency()), Money.zero(sgd.currency()), Money.zero(cny.currency())
      };
    }
  }

  private Waterfall() {}

  /**
   * The waterfall of a payment converted at its date: its SGD and CNY values are its own amount in
   * its own currency and the conversion's result in the other.
   */
  public static Result distribute(
      Money amount,
      org.institute.core.Conversion conversion,
      List<Family> families,
      Map<Long, List<DistributionTier>> tiers) {
    boolean inSgd = amount.currency().getCurrencyCode().equals("SGD");
    return distribute(
        amount,
        inSgd ? amount : conversion.result(),
        inSgd ? conversion.result() : amount,
        families,
        tiers);
  }

  /**
   * @param amount the payment in its currency
   * @param sgd its value in SGD (the same as {@code amount} when paid in SGD)
   * @param cny its value in CNY
   * @param tiers each institution's tiers in force on the payment's date (absent: no policy)
   * @throws IllegalStateException when no family has an owner on the payment's date
   */
  public static Result distribute(
      Money amount,
      Money sgd,
      Money cny,
      List<Family> families,
      Map<Long, List<DistributionTier>> tiers) {
    List<Family> owned = families.stream().filter(f -> !f.shares().isEmpty()).toList();
    if (owned.isEmpty()) {
      throw new IllegalStateException("no family of the deal has an owner on that date");
    }
    Parts payment = new Parts(amount, sgd, cny);
    List<Line> lines = new ArrayList<>();

    // 1. costs first, where the family's agreement says so
    List<long[]> debts = new ArrayList<>();
    List<BigDecimal> owed = new ArrayList<>();
    for (Family f : owned) {
      if (f.recovery() != CostRecovery.RECOVER_FIRST) {
        continue;
      }
      new TreeMap<>(f.unrecoveredSgd())
          .forEach(
              (payer, due) -> {
                if (due.signum() > 0) {
                  debts.add(new long[] {f.familyId(), payer});
                  owed.add(due);
                }
              });
    }
    Parts rest = payment;
    if (!debts.isEmpty() && sgd.amount().signum() > 0) {
      BigDecimal totalOwed = owed.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      Money recovered = totalOwed.compareTo(sgd.amount()) >= 0 ? sgd : money(totalOwed, sgd);
      List<BigDecimal> weights = new ArrayList<>();
      recovered.allocate(owed).forEach(m -> weights.add(m.amount()));
      weights.add(sgd.amount().subtract(recovered.amount()));
      List<Parts> parts = payment.allocate(weights);
      for (int i = 0; i < debts.size(); i++) {
        add(
            lines,
            DistributionStep.COST_RECOVERY,
            debts.get(i)[0],
            debts.get(i)[1],
            null,
            parts.get(i));
      }
      rest = parts.get(debts.size());
    }
    RevenueSplit split = RevenueSplit.of(owned.stream().map(Family::shares).toList());
    if (rest.isZero()) {
      return new Result(amount, sgd, cny, lines, percents(split));
    }

    // 2. the rest between the co-owners, then each one's part between its families
    List<Long> partners = split.partners();
    List<Money> a = split.split(rest.amount);
    List<Money> s = split.split(rest.sgd);
    List<Money> c = split.split(rest.cny);
    List<Line> institutional = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      long partner = partners.get(i);
      List<Family> ownedByIt = owned.stream().filter(f -> f.shares().containsKey(partner)).toList();
      List<Parts> byFamily =
          new Parts(a.get(i), s.get(i), c.get(i))
              .allocate(ownedByIt.stream().map(f -> f.shares().get(partner)).toList());
      for (int j = 0; j < ownedByIt.size(); j++) {
        Family f = ownedByIt.get(j);
        institutionShare(institutional, f, partner, byFamily.get(j), tiers.get(partner));
      }
    }
    institutional.sort(Comparator.comparingLong(Line::familyId));
    lines.addAll(institutional);
    return new Result(payment.amount, payment.sgd, payment.cny, lines, percents(split));
  }

  private static Map<Long, BigDecimal> percents(RevenueSplit split) {
    Map<Long, BigDecimal> percents = new TreeMap<>();
    for (int i = 0; i < split.partners().size(); i++) {
      percents.put(split.partners().get(i), split.percents().get(i));
    }
    return percents;
  }

  /** Step 3: an institution's part of a family, between it and its inventors of the family. */
  private static void institutionShare(
      List<Line> lines, Family f, long partner, Parts part, List<DistributionTier> tiers) {
    List<Inventor> own = f.inventors().stream().filter(v -> v.partnerId() == partner).toList();
    BigDecimal before = f.cumulativeSgd().getOrDefault(partner, BigDecimal.ZERO);
    BigDecimal toInventors =
        tiers == null || own.isEmpty() ? BigDecimal.ZERO : tiered(tiers, before, part.sgd.amount());
    if (toInventors.signum() == 0 || part.sgd.amount().signum() == 0) {
      add(lines, DistributionStep.INSTITUTION, f.familyId(), partner, null, part);
      return;
    }
    List<Parts> split =
        part.allocate(List.of(part.sgd.amount().subtract(toInventors), toInventors));
    add(lines, DistributionStep.INSTITUTION, f.familyId(), partner, null, split.get(0));
    List<Parts> each = split.get(1).allocate(own.stream().map(Inventor::contribution).toList());
    for (int k = 0; k < own.size(); k++) {
      add(lines, DistributionStep.INVENTOR, f.familyId(), partner, own.get(k), each.get(k));
    }
  }

  /**
   * The inventors' part of an income of {@code amount} (SGD) that comes after {@code before} of the
   * invention's cumulative income: each tier's percentage of the part of it that falls in the tier.
   * Exact (not rounded): the caller allocates by it.
   */
  public static BigDecimal tiered(
      List<DistributionTier> tiers, BigDecimal before, BigDecimal amount) {
    List<DistributionTier> sorted =
        tiers.stream().sorted(Comparator.comparing(DistributionTier::fromSgd)).toList();
    BigDecimal end = before.add(amount);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal from = sorted.get(i).fromSgd().max(before);
      BigDecimal to = i + 1 < sorted.size() ? sorted.get(i + 1).fromSgd().min(end) : end;
      if (to.compareTo(from) > 0) {
        total =
            total.add(
                to.subtract(from).multiply(sorted.get(i).inventorsPercent()).movePointLeft(2));
      }
    }
    return total;
  }

  private static void add(
      List<Line> lines,
      DistributionStep step,
      long family,
      long partner,
      Inventor inventor,
      Parts p) {
    if (!p.isZero()) {
      lines.add(new Line(step, family, partner, inventor, p.amount, p.sgd, p.cny));
    }
  }

  private static Money money(BigDecimal amount, Money like) {
    return Money.of(amount, like.currency());
  }

  /** An amount in the payment's currency, SGD and CNY, split alike. */
  private record Parts(Money amount, Money sgd, Money cny) {

    List<Parts> allocate(List<BigDecimal> weights) {
      if (weights.stream().allMatch(w -> w.signum() == 0)) {
        throw new IllegalArgumentException("nothing to split by");
      }
      List<Money> a = amount.allocate(weights);
      List<Money> s = sgd.allocate(weights);
      List<Money> c = cny.allocate(weights);
      List<Parts> parts = new ArrayList<>();
      for (int i = 0; i < weights.size(); i++) {
        parts.add(new Parts(a.get(i), s.get(i), c.get(i)));
      }
      return parts;
    }

    boolean isZero() {
      return amount.isZero() && sgd.isZero() && cny.isZero();
    }
  }
}
