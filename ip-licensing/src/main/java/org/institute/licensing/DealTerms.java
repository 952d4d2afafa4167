package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.BilingualText;

/**
 * What a licence deal grants and costs. The licensors are not part of the terms: they are the
 * co-owners of the licensed patent families. Amounts are in {@code currency} (SGD or CNY). The
 * title is in English ({@code title}, required) and optionally in Chinese ({@code titleZh}). The
 * royalty is {@code royaltyPercent} of net sales, or, where {@code royaltyTiers} are given, that
 * rate up to the first tier and each tier's rate from its threshold of cumulative net sales in the
 * licence year. {@code latePaymentInterestPercent}, when set, is the simple interest per annum an
 * invoice bears for each day it is overdue, on what is outstanding (decision 0104).
 */
public record DealTerms(
    String title,
    String titleZh,
    Long licenseeId,
    List<Long> familyIds,
    String fieldOfUse,
    String territory,
    Exclusivity exclusivity,
    LocalDate termStart,
    LocalDate termEnd,
    String currency,
    BigDecimal upfrontFee,
    BigDecimal royaltyPercent,
    BigDecimal annualMinimum,
    List<MilestoneTerm> milestones,
    List<RoyaltyTier> royaltyTiers,
    BigDecimal latePaymentInterestPercent)
    implements Serializable {

  public DealTerms {
    familyIds = familyIds == null ? List.of() : List.copyOf(familyIds);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    royaltyTiers = royaltyTiers == null ? List.of() : List.copyOf(royaltyTiers);
  }

  /**
   * The title for a reader of {@code languageTag}: the Chinese one when stored, else the English.
   */
  public String title(String languageTag) {
    return BilingualText.in(title, titleZh, languageTag);
  }
}
