package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * An obligation of an executed deal with its status on the day it was read. {@code amount} is null
 * for royalty reports (the royalty depends on the reported sales); {@code paid} sums the payments
 * linked to it, in the deal's currency; {@code allowedActions} what its reader may do to it.
 */
public record ObligationView(
    long id,
    long dealId,
    String dealTitle,
    String dealTitleZh,
    long licenseeId,
    String licenseeName,
    String licenseeNameZh,
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

  /** The deal's title for a reader of {@code languageTag}: the Chinese one when stored. */
  public String dealTitle(String languageTag) {
    return BilingualText.in(dealTitle, dealTitleZh, languageTag);
  }

  /** The licensee's name in the reader's script: the Chinese one when known. */
  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }
}
