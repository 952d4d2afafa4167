package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.institute.core.Money;
import org.institute.core.testing.GeneratedCases;
import org.institute.licensing.CostRecovery;
import org.institute.licensing.DistributionStep;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.Inventor;
import org.junit.jupiter.api.Test;

class WaterfallTest {

  private static final long NTU = 1;
  private static final long SCUT = 2;
  private static final List<DistributionTier> NTU_TIERS =
      List.of(tier("0", "50"), tier("100000", "33"));
  private static final List<DistributionTier> SCUT_TIERS = List.of(tier("0", "40"));
  private static final List<Inventor> INVENTORS =
      List.of(
          new Inventor("Tan Wei Ming", NTU, new BigDecimal("30"), null),
          new Inventor("Lim Hui Min", NTU, new BigDecimal("30"), null),
          new Inventor("陈晓峰", SCUT, new BigDecimal("40"), null));

  @Test
  void costsComeFirstThenTheCoOwnersThenEachInstitutionsInventorsByItsTiers() {
    Waterfall.Family family =
        new Waterfall.Family(
            10,
            Map.of(NTU, bd("60"), SCUT, bd("40")),
            CostRecovery.RECOVER_FIRST,
            Map.of(NTU, bd("20000"), SCUT, bd("10000")),
            Map.of(),
            INVENTORS);
    List<Waterfall.Line> lines =
        Waterfall.distribute(
                sgd("300000"),
                sgd("300000"),
                cny("1590000"),
                List.of(family),
                Map.of(NTU, NTU_TIERS, SCUT, SCUT_TIERS))
            .lines();

    assertThat(lines)
        .extracting(l -> l.step() + " " + l.partnerId() + " " + name(l) + " " + l.sgd().amount())
        .containsExactly(
            "COST_RECOVERY 1 - 20000.00",
            "COST_RECOVERY 2 - 10000.00",
            // NTU's 60 % of the 270,000 left: 162,000; 50 % of the first 100,000 and 33 % of the
            // 62,000 above go to its inventors (70,460), split 30:30
            "INSTITUTION 1 - 91540.00",
            "INVENTOR 1 Tan Wei Ming 35230.00",
            "INVENTOR 1 Lim Hui Min 35230.00",
            // SCUT's 108,000: 40 % to its one inventor
            "INSTITUTION 2 - 64800.00",
            "INVENTOR 2 陈晓峰 43200.00");
    assertThat(lines.get(6).cny()).isEqualTo(cny("228960"));
    assertAddsUp(lines, sgd("300000"), sgd("300000"), cny("1590000"));
  }

  @Test
  void aPaymentSmallerThanTheCostsRepaysThemProRataAndNothingElse() {
    Waterfall.Family family =
        new Waterfall.Family(
            10,
            Map.of(NTU, bd("60"), SCUT, bd("40")),
            CostRecovery.RECOVER_FIRST,
            Map.of(NTU, bd("20000"), SCUT, bd("10000")),
            Map.of(),
            INVENTORS);
    List<Waterfall.Line> lines =
        Waterfall.distribute(
                cny("53000"),
                sgd("10000.01"),
                cny("53000"),
                List.of(family),
                Map.of(NTU, NTU_TIERS))
            .lines();
    assertThat(lines)
        .extracting(l -> l.step() + " " + l.partnerId() + " " + l.sgd().amount())
        .containsExactly("COST_RECOVERY 1 6666.67", "COST_RECOVERY 2 3333.34");
    assertAddsUp(lines, cny("53000"), sgd("10000.01"), cny("53000"));
  }

  @Test
  void withoutRecoveryTheCostsAreLeftAlone() {
    Waterfall.Family family =
        new Waterfall.Family(
            10,
            Map.of(NTU, bd("60"), SCUT, bd("40")),
            CostRecovery.NONE,
            Map.of(NTU, bd("20000")),
            Map.of(),
            List.of());
    assertThat(
            Waterfall.distribute(
                    sgd("1000"), sgd("1000"), cny("5300"), List.of(family), Map.of(NTU, NTU_TIERS))
                .lines())
        .extracting(l -> l.step() + " " + l.partnerId() + " " + l.sgd().amount())
        .containsExactly("INSTITUTION 1 600.00", "INSTITUTION 2 400.00");
  }

  @Test
  void theTierIsChosenByTheCumulativeIncomeBeforeThePayment() {
    // NTU had 90,000 from the family: 10,000 more at 50 %, the next 10,000 at 33 %
    Waterfall.Family family =
        new Waterfall.Family(
            10,
            Map.of(NTU, bd("100")),
            CostRecovery.RECOVER_FIRST,
            Map.of(),
            Map.of(NTU, bd("90000")),
            List.of(new Inventor("Tan Wei Ming", NTU, bd("100"), null)));
    List<Waterfall.Line> lines =
        Waterfall.distribute(
                sgd("20000"), sgd("20000"), cny("106000"), List.of(family), Map.of(NTU, NTU_TIERS))
            .lines();
    assertThat(lines)
        .extracting(l -> l.step() + " " + l.sgd().amount())
        .containsExactly("INSTITUTION 11700.00", "INVENTOR 8300.00");
    assertThat(Waterfall.tiered(NTU_TIERS, bd("150000"), bd("1000"))).isEqualByComparingTo("330");
  }

  @Test
  void anInstitutionWithoutPolicyOrWithoutInventorsOfItsOwnKeepsItsPart() {
    Waterfall.Family family =
        new Waterfall.Family(
            10,
            Map.of(NTU, bd("50"), SCUT, bd("50")),
            CostRecovery.RECOVER_FIRST,
            Map.of(),
            Map.of(),
            List.of(new Inventor("Tan Wei Ming", NTU, bd("100"), null)));
    assertThat(
            Waterfall.distribute(
                    sgd("1000"),
                    sgd("1000"),
                    cny("5300"),
                    List.of(family),
                    Map.of(SCUT, SCUT_TIERS))
                .lines())
        .extracting(l -> l.step() + " " + l.partnerId() + " " + l.sgd().amount())
        .containsExactly("INSTITUTION 1 500.00", "INSTITUTION 2 500.00");
  }

  @Test
  void aDealWhoseFamiliesHadNoOwnerOnTheDateCannotBeDistributed() {
    Waterfall.Family family =
        new Waterfall.Family(10, Map.of(), CostRecovery.NONE, Map.of(), Map.of(), List.of());
    assertThatThrownBy(
            () ->
                Waterfall.distribute(sgd("1"), sgd("1"), cny("5.3"), List.of(family), Map.of())
                    .lines())
        .isInstanceOf(IllegalStateException.class);
  }

  /**
   * Many generated payments, families, shares, costs, tiers, cumulative incomes and inventors: the
   * lines add up to the payment to the cent in all three currencies, none is negative, no cost is
   * repaid beyond what is owed, the costs are repaid as far as the payment goes, and without costs
   * the co-owners get exactly what {@link RevenueSplit} gave before the waterfall.
   */
  @Test
  void generatedPaymentsAlwaysAddUpToTheCent() {
    Random random = new Random(20261206L);
    for (int run = 0; run < GeneratedCases.of(500); run++) {
      int familyCount = 1 + random.nextInt(3);
      List<Waterfall.Family> families = new ArrayList<>();
      List<Map<Long, BigDecimal>> shareList = new ArrayList<>();
      BigDecimal owedTotal = BigDecimal.ZERO;
      for (int f = 0; f < familyCount; f++) {
        Map<Long, BigDecimal> shares = randomShares(random);
        Map<Long, BigDecimal> unrecovered = new HashMap<>();
        CostRecovery recovery =
            random.nextBoolean() ? CostRecovery.RECOVER_FIRST : CostRecovery.NONE;
        if (random.nextInt(3) > 0) {
          for (long p : shares.keySet()) {
            if (random.nextBoolean()) {
              BigDecimal due = cents(random, 5_000_000);
              unrecovered.put(p, due);
              if (recovery == CostRecovery.RECOVER_FIRST) {
                owedTotal = owedTotal.add(due);
              }
            }
          }
        }
        Map<Long, BigDecimal> cumulative = new HashMap<>();
        shares.keySet().forEach(p -> cumulative.put(p, cents(random, 30_000_000)));
        List<Inventor> inventors = new ArrayList<>();
        for (long p : shares.keySet()) {
          for (int k = random.nextInt(3); k > 0; k--) {
            inventors.add(
                new Inventor("I" + p + k, p, BigDecimal.valueOf(1 + random.nextInt(60)), null));
          }
        }
        families.add(
            new Waterfall.Family(f + 1, shares, recovery, unrecovered, cumulative, inventors));
        shareList.add(shares);
      }
      Map<Long, List<DistributionTier>> tiers = new HashMap<>();
      for (long p = 1; p <= 4; p++) {
        if (random.nextInt(4) > 0) {
          tiers.put(p, randomTiers(random));
        }
      }
      boolean inSgd = random.nextBoolean();
      BigDecimal rate = BigDecimal.valueOf(4_000_000 + random.nextInt(2_000_000), 6);
      BigDecimal paid = cents(random, 2_000_000_00L).add(new BigDecimal("0.01"));
      Money sgd;
      Money cny;
      if (inSgd) {
        sgd = sgd(paid.toPlainString());
        cny = Money.of(paid.multiply(rate).setScale(2, RoundingMode.HALF_EVEN), CNY);
      } else {
        cny = cny(paid.toPlainString());
        sgd = Money.of(paid.divide(rate, 2, RoundingMode.HALF_EVEN), SGD);
      }
      Money amount = inSgd ? sgd : cny;
      List<Waterfall.Line> lines = Waterfall.distribute(amount, sgd, cny, families, tiers).lines();

      assertAddsUp(lines, amount, sgd, cny);
      assertThat(lines).allMatch(l -> !l.amount().isNegative() && !l.sgd().isNegative());
      BigDecimal recovered =
          lines.stream()
              .filter(l -> l.step() == DistributionStep.COST_RECOVERY)
              .map(l -> l.sgd().amount())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(recovered).isEqualByComparingTo(owedTotal.min(sgd.amount()));
      for (Waterfall.Line l : lines) {
        if (l.step() == DistributionStep.COST_RECOVERY) {
          Waterfall.Family f = families.get((int) l.familyId() - 1);
          assertThat(l.sgd().amount()).isLessThanOrEqualTo(f.unrecoveredSgd().get(l.partnerId()));
        }
      }
      if (owedTotal.signum() == 0) {
        RevenueSplit split = RevenueSplit.of(shareList);
        List<Money> expected = split.split(amount);
        Map<Long, Money> perPartner = totals(lines, Waterfall.Line::amount, amount);
        for (int i = 0; i < split.partners().size(); i++) {
          assertThat(
                  perPartner.getOrDefault(split.partners().get(i), Money.zero(amount.currency())))
              .isEqualTo(expected.get(i));
        }
      }
    }
  }

  private static Map<Long, Money> totals(
      List<Waterfall.Line> lines, Function<Waterfall.Line, Money> of, Money like) {
    Map<Long, Money> totals = new TreeMap<>();
    lines.forEach(l -> totals.merge(l.partnerId(), of.apply(l), Money::plus));
    return totals;
  }

  private static Map<Long, BigDecimal> randomShares(Random random) {
    int owners = 1 + random.nextInt(3);
    List<Long> partners = new ArrayList<>(List.of(1L, 2L, 3L, 4L));
    java.util.Collections.shuffle(partners, random);
    Map<Long, BigDecimal> shares = new TreeMap<>();
    int left = 1_000_000;
    for (int i = 0; i < owners; i++) {
      int cut = i == owners - 1 ? left : 1 + random.nextInt(left - (owners - i - 1));
      left -= cut;
      shares.put(partners.get(i), BigDecimal.valueOf(cut, 4));
    }
    return shares;
  }

  private static List<DistributionTier> randomTiers(Random random) {
    List<DistributionTier> tiers = new ArrayList<>();
    BigDecimal from = BigDecimal.ZERO;
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      tiers.add(new DistributionTier(from, BigDecimal.valueOf(random.nextInt(10_001), 2)));
      from = from.add(cents(random, 50_000_000)).add(BigDecimal.ONE);
    }
    java.util.Collections.shuffle(tiers, random);
    return tiers;
  }

  private static void assertAddsUp(List<Waterfall.Line> lines, Money amount, Money sgd, Money cny) {
    assertThat(sum(lines, Waterfall.Line::amount, amount)).isEqualTo(amount);
    assertThat(sum(lines, Waterfall.Line::sgd, sgd)).isEqualTo(sgd);
    assertThat(sum(lines, Waterfall.Line::cny, cny)).isEqualTo(cny);
  }

  private static Money sum(
      List<Waterfall.Line> lines, Function<Waterfall.Line, Money> of, Money like) {
    return lines.stream().map(of).reduce(Money.zero(like.currency()), Money::plus);
  }

  private static String name(Waterfall.Line l) {
    return l.inventor() == null ? "-" : l.inventor().name();
  }

  private static BigDecimal cents(Random random, long maxCents) {
    return BigDecimal.valueOf((long) (random.nextDouble() * maxCents), 2);
  }

  private static final java.util.Currency SGD = java.util.Currency.getInstance("SGD");
  private static final java.util.Currency CNY = java.util.Currency.getInstance("CNY");

  private static DistributionTier tier(String from, String percent) {
    return new DistributionTier(new BigDecimal(from), new BigDecimal(percent));
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  private static Money sgd(String s) {
    return Money.of(s, "SGD");
  }

  private static Money cny(String s) {
    return Money.of(s, "CNY");
  }

  /**
   * A family nobody owned on the payment's date takes no part, not even its unrecovered costs; a
   * cost already recovered (nothing due) gets no line; the institutions' lines come family by
   * family whatever the order of their owners.
   */
  @Test
  void onlyOwnedFamiliesAndCostsStillDueTakePartAndLinesComeFamilyByFamily() {
    Waterfall.Family scutOnly =
        new Waterfall.Family(
            10,
            Map.of(SCUT, bd("100")),
            CostRecovery.RECOVER_FIRST,
            Map.of(SCUT, bd("0")),
            Map.of(),
            List.of());
    Waterfall.Family ntuOnly =
        new Waterfall.Family(
            20, Map.of(NTU, bd("100")), CostRecovery.NONE, Map.of(), Map.of(), List.of());
    Waterfall.Family assignedAway =
        new Waterfall.Family(
            30, Map.of(), CostRecovery.RECOVER_FIRST, Map.of(NTU, bd("5000")), Map.of(), List.of());
    List<Waterfall.Line> lines =
        Waterfall.distribute(
                sgd("1000"),
                sgd("1000"),
                cny("5300"),
                List.of(ntuOnly, assignedAway, scutOnly),
                Map.of())
            .lines();
    assertThat(lines)
        .extracting(
            l -> l.step() + " " + l.familyId() + " " + l.partnerId() + " " + l.sgd().amount())
        .containsExactly("INSTITUTION 10 2 500.00", "INSTITUTION 20 1 500.00");
    assertAddsUp(lines, sgd("1000"), sgd("1000"), cny("5300"));
  }

  /** A payment of nothing distributes nothing, even with costs still due. */
  @Test
  void aPaymentOfNothingHasNoLines() {
    Waterfall.Family family =
        new Waterfall.Family(
            10,
            Map.of(NTU, bd("100")),
            CostRecovery.RECOVER_FIRST,
            Map.of(NTU, bd("20000")),
            Map.of(),
            INVENTORS);
    assertThat(
            Waterfall.distribute(
                    sgd("0"), sgd("0"), cny("0"), List.of(family), Map.of(NTU, NTU_TIERS))
                .lines())
        .isEmpty();
  }
}
