package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.Violation;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.MilestoneTerm;
import org.junit.jupiter.api.Test;

class DealTermsCheckTest {

  private static final LocalDate START = LocalDate.of(2021, 1, 1);

  private static DealTerms terms(
      LocalDate end, String upfront, String minimum, String royalty, MilestoneTerm... milestones) {
    return new DealTerms(
        "Electrolyte",
        null,
        9L,
        List.of(11L, 12L),
        "Electric vehicles",
        "China",
        Exclusivity.EXCLUSIVE,
        START,
        end,
        "SGD",
        upfront == null ? null : new BigDecimal(upfront),
        royalty == null ? null : new BigDecimal(royalty),
        minimum == null ? null : new BigDecimal(minimum),
        List.of(milestones),
        null,
        null);
  }

  private static DealTerms valid() {
    return terms(
        LocalDate.of(2026, 1, 1),
        "100000",
        "0",
        "3.5",
        new MilestoneTerm("First sale", new BigDecimal("10000"), null));
  }

  private static List<String> problems(DealTerms t) {
    return DealTermsCheck.violations(t).stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  @Test
  void aMilestoneFallsDueWithinTheLicenceTermBothEndsIncluded() {
    LocalDate end = LocalDate.of(2026, 1, 1);
    BigDecimal fee = new BigDecimal("5000");
    assertThat(
            problems(
                terms(
                    end,
                    "100000",
                    "0",
                    "3",
                    new MilestoneTerm("Signature", fee, START),
                    new MilestoneTerm("Approval", fee, end),
                    new MilestoneTerm("Undated", fee, null))))
        .isEmpty();
    assertThat(
            problems(
                terms(
                    end,
                    "100000",
                    "0",
                    "3",
                    new MilestoneTerm("Too early", fee, START.minusDays(1)),
                    new MilestoneTerm("In term", fee, LocalDate.of(2023, 6, 30)),
                    new MilestoneTerm("Too late", fee, end.plusDays(1)))))
        .containsExactly(
            "milestones[0].dueDate:licensing.deal.milestone.outsideTerm",
            "milestones[2].dueDate:licensing.deal.milestone.outsideTerm");
    // without a term there is nothing to compare with: the term's own problems are reported
    assertThat(problems(terms(null, "100000", "0", "3", new MilestoneTerm("x", fee, START))))
        .containsExactly("termEnd:licensing.deal.termEnd.required");
  }

  @Test
  void theGuaranteedValueCountsTheMinimumForEveryStartedYear() {
    MilestoneTerm sale = new MilestoneTerm("First sale", new BigDecimal("10000.50"), null);
    // five years exactly: five minimums
    assertThat(
            DealTermsCheck.totalValue(terms(LocalDate.of(2026, 1, 1), "100000", "2000", "3", sale)))
        .isEqualTo(Money.of("120000.50", "SGD"));
    // five years and a month: the sixth year has started
    assertThat(
            DealTermsCheck.totalValue(terms(LocalDate.of(2026, 2, 1), "100000", "2000", "3", sale)))
        .isEqualTo(Money.of("122000.50", "SGD"));
    // eleven months: one started year
    assertThat(DealTermsCheck.totalValue(terms(LocalDate.of(2021, 12, 1), "0.01", "2000", "3")))
        .isEqualTo(Money.of("2000.01", "SGD"));
  }

  private static DealTerms withInterest(String percent) {
    DealTerms t = valid();
    return new DealTerms(
        t.title(),
        t.titleZh(),
        t.licenseeId(),
        t.familyIds(),
        t.fieldOfUse(),
        t.territory(),
        t.exclusivity(),
        t.termStart(),
        t.termEnd(),
        t.currency(),
        t.upfrontFee(),
        t.royaltyPercent(),
        t.annualMinimum(),
        t.milestones(),
        t.royaltyTiers(),
        percent == null ? null : new BigDecimal(percent));
  }

  @Test
  void lateInterestIsOptionalAndAYearlyPercentageWithFourDecimalsAtMost() {
    assertThat(problems(withInterest(null))).isEmpty();
    assertThat(problems(withInterest("0"))).isEmpty();
    assertThat(problems(withInterest("7.3125"))).isEmpty();
    assertThat(problems(withInterest("100"))).isEmpty();
    for (String bad : List.of("-0.01", "100.0001", "5.12345")) {
      assertThat(problems(withInterest(bad)))
          .as(bad)
          .containsExactly("latePaymentInterestPercent:licensing.deal.lateInterest.invalid");
    }
  }

  @Test
  void validTermsPassAndAreRequiredWithoutComplaint() {
    assertThat(problems(valid())).isEmpty();
    assertThatCode(() -> DealTermsCheck.require(valid())).doesNotThrowAnyException();
    assertThat(DealTermsCheck.violations(null))
        .containsExactly(new Violation(null, "request.bodyRequired"));
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    DealTerms empty =
        new DealTerms(
            " ", null, null, null, null, "", null, null, null, null, null, null, null, null, null,
            null);
    assertThat(problems(empty))
        .containsExactly(
            "title:field.required",
            "licenseeId:licensing.deal.licensee.required",
            "familyIds:licensing.deal.families.required",
            "fieldOfUse:field.required",
            "territory:field.required",
            "exclusivity:licensing.deal.exclusivity.required",
            "termStart:licensing.deal.termStart.required",
            "termEnd:licensing.deal.termEnd.required",
            "currency:currency.unsupported",
            "upfrontFee:field.required",
            "annualMinimum:field.required",
            "royaltyPercent:licensing.deal.royalty.required");
    assertThatThrownBy(() -> DealTermsCheck.require(empty))
        .isInstanceOfSatisfying(
            InvalidCommandException.class, e -> assertThat(e.violations()).hasSize(12));
  }

  @Test
  void textsHaveTheirLimits() {
    DealTerms t =
        new DealTerms(
            "t".repeat(301),
            "标".repeat(301),
            0L,
            List.of(11L),
            "f".repeat(501),
            "r".repeat(301),
            Exclusivity.EXCLUSIVE,
            START,
            START.plusYears(1),
            "EUR",
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            List.of(new MilestoneTerm("e".repeat(301), BigDecimal.ONE, null)),
            null,
            null);
    assertThat(problems(t))
        .containsExactly(
            "title:field.tooLong",
            "titleZh:field.tooLong",
            "licenseeId:licensing.deal.licensee.required",
            "fieldOfUse:field.tooLong",
            "territory:field.tooLong",
            "currency:currency.unsupported",
            "milestones[0].event:field.tooLong");
    DealTerms atLimit =
        new DealTerms(
            "t".repeat(300),
            "标".repeat(300),
            1L,
            List.of(11L),
            "f".repeat(500),
            "r".repeat(300),
            Exclusivity.EXCLUSIVE,
            START,
            START.plusYears(1),
            "CNY",
            BigDecimal.ONE,
            BigDecimal.ONE,
            BigDecimal.ZERO,
            List.of(new MilestoneTerm("e".repeat(300), BigDecimal.ONE, null)),
            null,
            null);
    assertThat(problems(atLimit)).isEmpty();
  }

  @Test
  void theChineseTitleIsOptionalAndReadersOfChineseSeeIt() {
    DealTerms english = valid();
    assertThat(english.title("zh-CN")).isEqualTo("Electrolyte");
    DealTerms both =
        new DealTerms(
            "Electrolyte",
            "电解质",
            9L,
            english.familyIds(),
            english.fieldOfUse(),
            english.territory(),
            english.exclusivity(),
            english.termStart(),
            english.termEnd(),
            english.currency(),
            english.upfrontFee(),
            english.royaltyPercent(),
            english.annualMinimum(),
            english.milestones(),
            null,
            null);
    assertThat(problems(both)).isEmpty();
    assertThat(both.title("zh-CN")).isEqualTo("电解质");
    assertThat(both.title("en")).isEqualTo("Electrolyte");
  }

  @Test
  void theTermEndsAfterItStartsAndLastsAtMostFiftyYears() {
    assertThat(problems(terms(START, "1", "0", "1")))
        .containsExactly("termEnd:licensing.deal.termEnd.beforeStart");
    assertThat(problems(terms(START.minusDays(1), "1", "0", "1")))
        .containsExactly("termEnd:licensing.deal.termEnd.beforeStart");
    assertThat(problems(terms(START.plusDays(1), "1", "0", "1"))).isEmpty();
    assertThat(problems(terms(START.plusYears(51), "1", "0", "1")))
        .containsExactly("termEnd:licensing.deal.term.tooLong");
    assertThat(problems(terms(START.plusYears(50).plusDays(364), "1", "0", "1"))).isEmpty();
  }

  @Test
  void amountsAreNotNegativeBelowATrillionAndInCents() {
    assertThat(problems(terms(START.plusYears(1), "-0.01", "1000000000000", "1")))
        .containsExactly("upfrontFee:amount.negative", "annualMinimum:amount.outOfRange");
    assertThat(problems(terms(START.plusYears(1), "0.001", "999999999999.99", "1")))
        .containsExactly("upfrontFee:amount.tooPrecise");
    assertThat(
            problems(
                terms(
                    START.plusYears(1),
                    "0",
                    "1.10",
                    "1",
                    new MilestoneTerm("Sale", null, null),
                    new MilestoneTerm("Sale", new BigDecimal("-1"), null))))
        .containsExactly(
            "milestones[0].amount:field.required", "milestones[1].amount:amount.negative");
  }

  @Test
  void theRoyaltyIsAPercentOfAtMostFourDecimals() {
    assertThat(problems(terms(START.plusYears(1), "1", "0", "0"))).isEmpty();
    assertThat(problems(terms(START.plusYears(1), "1", "0", "100"))).isEmpty();
    assertThat(problems(terms(START.plusYears(1), "1", "0", "12.3456"))).isEmpty();
    for (String bad : List.of("-0.0001", "100.0001", "1.00001")) {
      assertThat(problems(terms(START.plusYears(1), "1", "0", bad)))
          .as(bad)
          .containsExactly("royaltyPercent:licensing.deal.royalty.invalid");
    }
  }

  @Test
  void familiesAreAtMostFiftyAndDistinctAndMilestonesAtMostFifty() {
    List<Long> fifty = new ArrayList<>();
    for (long id = 1; id <= 50; id++) {
      fifty.add(id);
    }
    assertThat(problems(withFamilies(fifty))).isEmpty();
    List<Long> fiftyOne = new ArrayList<>(fifty);
    fiftyOne.add(51L);
    assertThat(problems(withFamilies(fiftyOne)))
        .containsExactly("familyIds:licensing.deal.families.invalid");
    assertThat(problems(withFamilies(List.of(3L, 3L))))
        .containsExactly("familyIds:licensing.deal.families.invalid");
    assertThat(problems(withFamilies(List.of(0L))))
        .containsExactly("familyIds:licensing.deal.families.invalid");
    MilestoneTerm m = new MilestoneTerm("Sale", BigDecimal.ONE, null);
    assertThat(
            problems(
                terms(
                    START.plusYears(1),
                    "1",
                    "0",
                    "1",
                    Collections.nCopies(50, m).toArray(MilestoneTerm[]::new))))
        .isEmpty();
    assertThat(
            problems(
                terms(
                    START.plusYears(1),
                    "1",
                    "0",
                    "1",
                    Collections.nCopies(51, m).toArray(MilestoneTerm[]::new))))
        .containsExactly("milestones:licensing.deal.milestones.tooMany");
  }

  private static DealTerms withFamilies(List<Long> families) {
    DealTerms v = valid();
    return new DealTerms(
        v.title(),
        null,
        v.licenseeId(),
        families,
        v.fieldOfUse(),
        v.territory(),
        v.exclusivity(),
        v.termStart(),
        v.termEnd(),
        v.currency(),
        v.upfrontFee(),
        v.royaltyPercent(),
        v.annualMinimum(),
        v.milestones(),
        null,
        null);
  }

  private static DealTerms withTiers(org.institute.licensing.RoyaltyTier... tiers) {
    DealTerms t = valid();
    return new DealTerms(
        t.title(),
        t.titleZh(),
        t.licenseeId(),
        t.familyIds(),
        t.fieldOfUse(),
        t.territory(),
        t.exclusivity(),
        t.termStart(),
        t.termEnd(),
        t.currency(),
        t.upfrontFee(),
        t.royaltyPercent(),
        t.annualMinimum(),
        t.milestones(),
        List.of(tiers),
        null);
  }

  private static org.institute.licensing.RoyaltyTier tier(String from, String rate) {
    return new org.institute.licensing.RoyaltyTier(
        from == null ? null : new BigDecimal(from), rate == null ? null : new BigDecimal(rate));
  }

  @Test
  void royaltyTiersAscendFromAboveZeroWithRatesLikeTheBaseRate() {
    assertThat(problems(withTiers(tier("1000000", "3"), tier("5000000", "2.5")))).isEmpty();
    assertThat(
            problems(
                withTiers(
                    tier("0", "3"),
                    tier("5000000", "101"),
                    tier("5000000", "2"),
                    tier(null, null))))
        .containsExactlyInAnyOrder(
            "royaltyTiers[0].fromNetSales:licensing.deal.tier.notAscending",
            "royaltyTiers[1].ratePercent:licensing.deal.royalty.invalid",
            "royaltyTiers[2].fromNetSales:licensing.deal.tier.notAscending",
            "royaltyTiers[3].fromNetSales:field.required",
            "royaltyTiers[3].ratePercent:licensing.deal.royalty.invalid");
  }

  @Test
  void atMostTenTiers() {
    org.institute.licensing.RoyaltyTier[] tiers = new org.institute.licensing.RoyaltyTier[11];
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = tier(Integer.toString((i + 1) * 1000), "1");
    }
    assertThat(problems(withTiers(tiers)))
        .containsExactly("royaltyTiers:licensing.deal.tiers.tooMany");
  }

  @Test
  void tiersSurviveTheDealAsStored() {
    DealTerms t = withTiers(tier("1000000", "3"));
    LicenceDeal deal =
        LicenceDeal.draft(Deals.NTU_STAFF, t, java.util.Set.of(Deals.NTU), Deals.NOW);

    assertThat(deal.terms().royaltyTiers()).containsExactly(tier("1000000", "3"));
    assertThat(deal.grant().royaltyRates().steps()).hasSize(2);
  }
}
