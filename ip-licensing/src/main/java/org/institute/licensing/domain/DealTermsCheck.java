package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import org.institute.core.BilingualText;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.Violation;
import org.institute.licensing.DealTerms;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.RoyaltyTier;

/** The field rules of deal terms, reporting every problem at once. */
public final class DealTermsCheck {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private DealTermsCheck() {}

  /**
   * Refuses terms with any problem, naming them all.
   *
   * @throws InvalidCommandException with every violation
   */
  public static void require(DealTerms terms) {
    List<Violation> problems = violations(terms);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  public static List<Violation> violations(DealTerms t) {
    List<Violation> problems = new ArrayList<>();
    if (t == null) {
      problems.add(new Violation(null, "request.bodyRequired"));
      return problems;
    }
    BilingualText.check(
        t.title(), t.titleZh(), "title", "titleZh", BilingualText.TITLE_LENGTH, problems);
    if (t.licenseeId() == null || t.licenseeId() <= 0) {
      problems.add(new Violation("licenseeId", "licensing.deal.licensee.required"));
    }
    if (t.familyIds().isEmpty()) {
      problems.add(new Violation("familyIds", "licensing.deal.families.required"));
    } else if (t.familyIds().size() > 50
        || new HashSet<>(t.familyIds()).size() != t.familyIds().size()
        || t.familyIds().stream().anyMatch(id -> id == null || id <= 0)) {
      problems.add(new Violation("familyIds", "licensing.deal.families.invalid"));
    }
    text(t.fieldOfUse(), "fieldOfUse", 500, true, problems);
    text(t.territory(), "territory", 300, true, problems);
    if (t.exclusivity() == null) {
      problems.add(new Violation("exclusivity", "licensing.deal.exclusivity.required"));
    }
    if (t.termStart() == null) {
      problems.add(new Violation("termStart", "licensing.deal.termStart.required"));
    }
    if (t.termEnd() == null) {
      problems.add(new Violation("termEnd", "licensing.deal.termEnd.required"));
    } else if (t.termStart() != null && !t.termEnd().isAfter(t.termStart())) {
      problems.add(new Violation("termEnd", "licensing.deal.termEnd.beforeStart"));
    } else if (t.termStart() != null && ChronoUnit.YEARS.between(t.termStart(), t.termEnd()) > 50) {
      problems.add(new Violation("termEnd", "licensing.deal.term.tooLong"));
    }
    if (t.currency() == null
        || Money.SUPPORTED.stream()
            .map(Currency::getCurrencyCode)
            .noneMatch(t.currency()::equals)) {
      problems.add(new Violation("currency", "currency.unsupported"));
    }
    amount(t.upfrontFee(), "upfrontFee", true, problems);
    amount(t.annualMinimum(), "annualMinimum", true, problems);
    if (t.royaltyPercent() == null) {
      problems.add(new Violation("royaltyPercent", "licensing.deal.royalty.required"));
    } else if (t.royaltyPercent().signum() < 0
        || t.royaltyPercent().compareTo(HUNDRED) > 0
        || t.royaltyPercent().stripTrailingZeros().scale() > 4) {
      problems.add(new Violation("royaltyPercent", "licensing.deal.royalty.invalid"));
    }
    BigDecimal interest = t.latePaymentInterestPercent();
    if (interest != null
        && (interest.signum() < 0
            || interest.compareTo(HUNDRED) > 0
            || interest.stripTrailingZeros().scale() > 4)) {
      problems.add(
          new Violation("latePaymentInterestPercent", "licensing.deal.lateInterest.invalid"));
    }
    tiers(t, problems);
    if (t.milestones().size() > 50) {
      problems.add(new Violation("milestones", "licensing.deal.milestones.tooMany"));
    }
    for (int i = 0; i < t.milestones().size(); i++) {
      MilestoneTerm m = t.milestones().get(i);
      String field = "milestones[" + i + "]";
      if (m == null) {
        problems.add(new Violation(field, "licensing.deal.milestone.invalid"));
        continue;
      }
      text(m.event(), field + ".event", 300, true, problems);
      amount(m.amount(), field + ".amount", true, problems);
      // a milestone falls due while the licence runs
      if (m.dueDate() != null
          && t.termStart() != null
          && t.termEnd() != null
          && (m.dueDate().isBefore(t.termStart()) || m.dueDate().isAfter(t.termEnd()))) {
        problems.add(new Violation(field + ".dueDate", "licensing.deal.milestone.outsideTerm"));
      }
    }
    return problems;
  }

  /**
   * Tiers of the royalty: at most ten, each with a positive threshold above the one before and a
   * rate like the base rate's.
   */
  private static void tiers(DealTerms t, List<Violation> problems) {
    if (t.royaltyTiers().size() > 10) {
      problems.add(new Violation("royaltyTiers", "licensing.deal.tiers.tooMany"));
      return;
    }
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < t.royaltyTiers().size(); i++) {
      RoyaltyTier tier = t.royaltyTiers().get(i);
      String field = "royaltyTiers[" + i + "]";
      if (tier == null) {
        problems.add(new Violation(field, "licensing.deal.tier.invalid"));
        continue;
      }
      amount(tier.fromNetSales(), field + ".fromNetSales", true, problems);
      if (tier.fromNetSales() != null) {
        if (tier.fromNetSales().compareTo(previous) <= 0) {
          problems.add(new Violation(field + ".fromNetSales", "licensing.deal.tier.notAscending"));
        } else {
          previous = tier.fromNetSales();
        }
      }
      if (tier.ratePercent() == null
          || tier.ratePercent().signum() < 0
          || tier.ratePercent().compareTo(HUNDRED) > 0
          || tier.ratePercent().stripTrailingZeros().scale() > 4) {
        problems.add(new Violation(field + ".ratePercent", "licensing.deal.royalty.invalid"));
      }
    }
  }

  /**
   * The guaranteed value: upfront fee, milestones and the annual minimum for every started year.
   */
  public static Money totalValue(DealTerms t) {
    Currency currency = Currency.getInstance(t.currency());
    Money total = Money.of(t.upfrontFee(), currency);
    for (MilestoneTerm m : t.milestones()) {
      total = total.plus(Money.of(m.amount(), currency));
    }
    long months = ChronoUnit.MONTHS.between(t.termStart(), t.termEnd());
    long years = (months + 11) / 12;
    return total.plus(Money.of(t.annualMinimum(), currency).times(BigDecimal.valueOf(years)));
  }

  private static void text(
      String value, String field, int max, boolean required, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new Violation(field, "field.required"));
      }
    } else if (value.length() > max) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }

  private static void amount(
      BigDecimal value, String field, boolean required, List<Violation> problems) {
    if (value == null) {
      if (required) {
        problems.add(new Violation(field, "field.required"));
      }
    } else if (value.signum() < 0) {
      problems.add(new Violation(field, "amount.negative"));
    } else if (value.compareTo(MAX_AMOUNT) >= 0) {
      problems.add(new Violation(field, "amount.outOfRange"));
    } else if (value.stripTrailingZeros().scale() > 2) {
      problems.add(new Violation(field, "amount.tooPrecise"));
    }
  }
}
