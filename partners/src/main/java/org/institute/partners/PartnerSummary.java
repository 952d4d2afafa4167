package org.institute.partners;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.BilingualText;
import org.institute.core.PartnerId;

/**
 * A partner as other modules see it: identity, current bilingual name, kind, place, roles and
 * whether it is active.
 */
public record PartnerSummary(
    PartnerId id,
    String code,
    String nameEn,
    String nameZh,
    PartnerKind kind,
    String country,
    String city,
    Set<PartnerRole> roles,
    boolean active)
    implements Serializable {

  public PartnerSummary {
    roles = Set.copyOf(roles);
  }

  /** The name in the reader's language, falling back to English where no Chinese name is known. */
  public String name(String language) {
    return BilingualText.in(nameEn, nameZh, language);
  }

  /** Companies (state-owned or private) may license patents and host interns. */
  public boolean isCompany() {
    return kind.isCompany();
  }

  public boolean hasRole(PartnerRole role) {
    return roles.contains(role);
  }
}
