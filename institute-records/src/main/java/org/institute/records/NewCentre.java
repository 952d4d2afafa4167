package org.institute.records;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.PartnerId;

/** Sets up an R&D centre or a joint research centre; the lead partner is one of its partners. */
public record NewCentre(
    String code,
    String nameEn,
    String nameZh,
    CentreKind kind,
    PartnerId leadPartner,
    Set<PartnerId> partners,
    CentreStatus status,
    Integer spaceSqm)
    implements Serializable {
  public NewCentre {
    partners = partners == null ? Set.of() : Set.copyOf(partners);
  }
}
