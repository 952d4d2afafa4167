package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.institute.core.BilingualText;

/**
 * One line of the deal list (a projection: no collections). The title is in English and, when
 * stored, in Chinese ({@code titleZh}); {@link #title(String)} picks the reader's.
 */
public record DealRow(
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
    long version)
    implements Serializable {

  /** The title for a reader of {@code languageTag}: the Chinese one when stored. */
  public String title(String languageTag) {
    return BilingualText.in(title, titleZh, languageTag);
  }

  /** The licensee's name in the reader's script: the Chinese one when known. */
  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }
}
