package org.institute.records;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.PartnerId;

/** A research centre as readers see it; partners are ids, resolved to names by the web layer. */
public record CentreView(
    long id,
    String code,
    String nameEn,
    String nameZh,
    CentreKind kind,
    PartnerId leadPartner,
    Set<PartnerId> partners,
    CentreStatus status,
    int spaceSqm,
    long version)
    implements Serializable {
  public CentreView {
    partners = Set.copyOf(partners);
  }

  public String name(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }
}
