package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.institute.core.PartnerId;

/**
 * A cooperation agreement to record: at least two parties, signed on a date, in force from {@code
 * effectiveFrom} (the signing date when null) until {@code expiresOn} (open-ended when null). A
 * confidential agreement is seen only by its parties' staff and the institute.
 */
public record NewAgreement(
    String title,
    String titleZh,
    Set<PartnerId> parties,
    LocalDate signedOn,
    LocalDate effectiveFrom,
    LocalDate expiresOn,
    boolean confidential,
    String summary)
    implements Serializable {

  public NewAgreement {
    parties = parties == null ? Set.of() : Set.copyOf(parties);
  }
}
