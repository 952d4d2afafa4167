package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.core.BilingualText;

/**
 * A recorded cost of a patent family, with its value in SGD and CNY at the rate of its date.
 *
 * @param paidBy the co-owner that paid it, with its names
 * @param rateDate the day of the SGD/CNY rate used (the cost's date or the last rate before it)
 */
public record PatentCostView(
    long id,
    long familyId,
    CostKind kind,
    long paidBy,
    String paidByName,
    String paidByNameZh,
    LocalDate incurredOn,
    BigDecimal amount,
    String currency,
    BigDecimal amountSgd,
    BigDecimal amountCny,
    LocalDate rateDate,
    String note,
    String recordedBy,
    Instant recordedAt)
    implements Serializable {

  /** The payer's name in the reader's script. */
  public String paidByName(String languageTag) {
    return BilingualText.in(paidByName, paidByNameZh, languageTag);
  }
}
