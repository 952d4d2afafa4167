package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import org.institute.core.BilingualText;

/**
 * A co-owner's consent to a submitted deal: pending while {@code givenBy} is null. The partner's
 * Chinese name ({@code partnerNameZh}) may be missing.
 */
public record ConsentView(
    long partnerId, String partnerName, String partnerNameZh, String givenBy, Instant givenAt)
    implements Serializable {
  public boolean given() {
    return givenBy != null;
  }

  /** The partner's name in the reader's script: the Chinese one when known. */
  public String partnerName(String languageTag) {
    return BilingualText.in(partnerName, partnerNameZh, languageTag);
  }
}
