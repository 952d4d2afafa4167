package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An obligation of an executed deal with its status on the day it was read. {@code amount} is null
 * for royalty reports (the royalty depends on the reported sales); {@code paid} sums the payments
 * linked to it, in the deal's currency; {@code allowedActions} what its reader may do to it.
 */
public record ObligationView(
    long id,
    long dealId,
    String dealTitle,
    long licenseeId,
    String licenseeName,
    ObligationKind kind,
    String description,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate due,
    BigDecimal amount,
    BigDecimal paid,
    String currency,
    ObligationStatus status,
    LocalDate metOn,
    String waivedBy,
    String waiveReason,
    Set<ObligationAction> allowedActions)
    implements Serializable {

  public ObligationView {
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(ObligationAction.class)
                : EnumSet.copyOf(allowedActions));
  }
}
