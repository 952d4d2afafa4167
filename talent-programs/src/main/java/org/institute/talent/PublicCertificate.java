package org.institute.talent;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What anyone may learn about a certificate from its code: valid or revoked, the holder's name, the
 * programme and the date of issue. Nothing more.
 */
public record PublicCertificate(
    String code,
    String status,
    String holderLatin,
    String holderZh,
    String programmeEn,
    String programmeZh,
    LocalDate issuedOn)
    implements Serializable {
  public static final String VALID = "VALID";
  public static final String REVOKED = "REVOKED";

  public boolean valid() {
    return VALID.equals(status);
  }
}
