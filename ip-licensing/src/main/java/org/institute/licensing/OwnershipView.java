package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.BilingualText;

/**
 * A co-owner's share from a date on (until the next change of the family's ownership). The
 * partner's Chinese name ({@code partnerNameZh}) may be missing.
 */
public record OwnershipView(
    long partnerId,
    String partnerName,
    String partnerNameZh,
    BigDecimal percent,
    LocalDate effectiveFrom)
    implements Serializable {

  /** The partner's name in the reader's script: the Chinese one when known. */
  public String partnerName(String languageTag) {
    return BilingualText.in(partnerName, partnerNameZh, languageTag);
  }
}
