package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.PartnerId;

/**
 * Records a spin-off company: its bilingual name, its founders (names, in order), the partner it
 * came from, the patent families it licenses (ids in the IP licensing module), its founding date
 * and status.
 */
public record NewSpinOff(
    String nameEn,
    String nameZh,
    List<String> founders,
    PartnerId originPartner,
    Set<Long> patentFamilies,
    LocalDate foundedOn,
    SpinOffStatus status)
    implements Serializable {
  public NewSpinOff {
    founders =
        founders == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(founders));
    patentFamilies = patentFamilies == null ? Set.of() : Set.copyOf(patentFamilies);
  }
}
