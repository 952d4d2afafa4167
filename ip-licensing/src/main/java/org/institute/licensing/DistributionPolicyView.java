package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.BilingualText;

/**
 * A saved version of an institution's distribution policy, with whether it is in force today, due
 * later or replaced.
 */
public record DistributionPolicyView(
    long id,
    long partnerId,
    String partnerName,
    String partnerNameZh,
    LocalDate effectiveFrom,
    List<DistributionTier> tiers,
    String note,
    String savedBy,
    Instant savedAt,
    Standing standing)
    implements Serializable {

  /** Where the version stands today. */
  public enum Standing {
    IN_FORCE,
    DUE,
    REPLACED
  }

  /** The institution's name in the reader's script. */
  public String partnerName(String languageTag) {
    return BilingualText.in(partnerName, partnerNameZh, languageTag);
  }
}
