package org.institute.partners;

import org.institute.core.PartnerId;

/** A partner as other modules see it: identity, bilingual name, kind and place. */
public record PartnerSummary(
    PartnerId id,
    String code,
    String nameEn,
    String nameZh,
    PartnerKind kind,
    String country,
    String city) {

  /** The name in the reader's language, falling back to English where no Chinese name is known. */
  public String name(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }
}
