package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * A deal waiting for the caller, as a line of their inbox, with the steps the caller may take on it
 * from there (approve, consent, ...).
 */
public record InboxRow(
    long id,
    String title,
    String titleZh,
    DealState state,
    long licenseeId,
    String licenseeName,
    String licenseeNameZh,
    String currency,
    BigDecimal totalValue,
    String submittedBy,
    Instant updatedAt,
    long version,
    Set<DealAction> allowedActions)
    implements Serializable {

  public InboxRow {
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(DealAction.class)
                : EnumSet.copyOf(allowedActions));
  }

  /** The title for a reader of {@code languageTag}: the Chinese one when stored. */
  public String title(String languageTag) {
    return BilingualText.in(title, titleZh, languageTag);
  }

  /** The licensee's name in the reader's script: the Chinese one when known. */
  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }
}
