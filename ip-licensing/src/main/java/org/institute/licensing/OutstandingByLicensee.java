package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a licensee owes in one currency, by how long it is overdue: not yet due, 0-30, 31-60, 61-90
 * and more than 90 days after the due date (issue 18, item 6; decision 0101).
 */
public record OutstandingByLicensee(
    long licenseeId,
    String licenseeName,
    String licenseeNameZh,
    String currency,
    BigDecimal notDue,
    BigDecimal upTo30,
    BigDecimal upTo60,
    BigDecimal upTo90,
    BigDecimal over90,
    BigDecimal total)
    implements Serializable {

  /** The licensee's name in the reader's script. */
  public String licenseeName(String languageTag) {
    return org.institute.core.BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }
}
