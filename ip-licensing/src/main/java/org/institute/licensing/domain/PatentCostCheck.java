package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.NewPatentCost;

/**
 * What a patent cost must be, every problem at once, each naming its field: a kind, a payer that is
 * or was a co-owner of the family, a date not in the future, a positive amount in SGD or CNY with
 * at most two decimals (below S$/CN¥ 10 billion), a note of at most 500 characters.
 */
public final class PatentCostCheck {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");
  private static final Set<String> CURRENCIES = Set.of("SGD", "CNY");

  private PatentCostCheck() {}

  /**
   * @param owners every partner that is or was a co-owner of the family
   */
  public static List<Violation> violations(NewPatentCost cost, Set<Long> owners, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (cost == null) {
      problems.add(new Violation(null, "request.bodyRequired"));
      return problems;
    }
    if (cost.kind() == null) {
      problems.add(new Violation("kind", "field.required"));
    }
    if (cost.paidBy() == null) {
      problems.add(new Violation("paidBy", "field.required"));
    } else if (!owners.contains(cost.paidBy())) {
      problems.add(new Violation("paidBy", "licensing.cost.paidBy.notOwner"));
    }
    if (cost.incurredOn() == null) {
      problems.add(new Violation("incurredOn", "field.required"));
    } else if (cost.incurredOn().isAfter(today)) {
      problems.add(new Violation("incurredOn", "licensing.cost.incurredOn.future"));
    }
    BigDecimal amount = cost.amount();
    if (amount == null) {
      problems.add(new Violation("amount", "field.required"));
    } else if (amount.signum() <= 0
        || amount.compareTo(MAX_AMOUNT) >= 0
        || Math.max(0, amount.stripTrailingZeros().scale()) > 2) {
      problems.add(new Violation("amount", "licensing.cost.amount.invalid"));
    }
    if (cost.currency() == null || cost.currency().isBlank()) {
      problems.add(new Violation("currency", "field.required"));
    } else if (!CURRENCIES.contains(cost.currency())) {
      problems.add(new Violation("currency", "licensing.cost.currency.invalid"));
    }
    if (cost.note() != null && cost.note().strip().length() > 500) {
      problems.add(new Violation("note", "field.tooLong"));
    }
    return problems;
  }

  /**
   * @throws InvalidCommandException with every problem of the cost
   */
  public static void require(NewPatentCost cost, Set<Long> owners, LocalDate today) {
    List<Violation> problems = violations(cost, owners, today);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }
}
