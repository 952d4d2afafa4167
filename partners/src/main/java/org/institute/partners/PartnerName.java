package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;

/** A partner's legal name as it stood from {@code validFrom} until the next rename. */
public record PartnerName(String nameEn, String nameZh, LocalDate validFrom)
    implements Serializable {

  public String name(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }
}
