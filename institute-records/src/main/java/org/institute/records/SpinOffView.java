package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;

/**
 * A spin-off as readers see it; the partner of origin is an id, resolved to a name by the web
 * layer.
 */
public record SpinOffView(
    long id,
    String nameEn,
    String nameZh,
    List<String> founders,
    PartnerId originPartner,
    List<PatentFamilyRef> patents,
    LocalDate foundedOn,
    SpinOffStatus status,
    long version)
    implements Serializable {
  public SpinOffView {
    founders = List.copyOf(founders);
    patents = List.copyOf(patents);
  }

  public String name(String language) {
    return language != null && language.startsWith("zh") && nameZh != null ? nameZh : nameEn;
  }
}
