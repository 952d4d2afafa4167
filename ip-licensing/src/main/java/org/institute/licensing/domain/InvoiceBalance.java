package org.institute.licensing.domain;

import java.util.List;
import java.util.Objects;
import org.institute.core.Money;

/**
 * What is left to pay of an invoice (docs/decisions/0101): its amount, less the credit notes that
 * credit it, less the payments recorded against it (voided ones do not count). A payment beyond
 * that is kept as the licensee's credit, never lost: {@code outstanding} is then zero and {@code
 * credit} the excess. A credit note owes nothing itself.
 */
public record InvoiceBalance(
    Money amount, Money credited, Money paid, Money outstanding, Money credit) {

  public InvoiceBalance {
    Objects.requireNonNull(amount, "amount");
  }

  /**
   * @param credits the amounts of the credit notes crediting it (negative)
   * @param payments the amounts of the payments against it, in its currency
   */
  public static InvoiceBalance of(Money amount, List<Money> credits, List<Money> payments) {
    Money zero = Money.zero(amount.currency());
    Money credited = credits.stream().reduce(zero, Money::plus);
    Money paid = payments.stream().reduce(zero, Money::plus);
    if (amount.isNegative()) {
      return new InvoiceBalance(amount, zero, paid, zero, paid);
    }
    Money owed = amount.plus(credited).minus(paid);
    return owed.isNegative()
        ? new InvoiceBalance(amount, credited, paid, zero, owed.negate())
        : new InvoiceBalance(amount, credited, paid, owed, zero);
  }

  /** Whether nothing is left to pay. */
  public boolean settled() {
    return outstanding.isZero();
  }
}
