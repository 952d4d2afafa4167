package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A licence deal was executed: its agreement signed on {@code signingDate}. Published (CDI event)
 * inside the transaction that executes it; observers react in that transaction.
 */
public record LicenceDealExecuted(
    long dealId,
    long licenseeId,
    Set<Long> licensorIds,
    LocalDate signingDate,
    String currency,
    BigDecimal totalValue,
    String executedBy)
    implements Serializable {

  public LicenceDealExecuted {
    licensorIds = Set.copyOf(licensorIds);
  }
}
