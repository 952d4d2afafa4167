package org.institute.talent;

import java.io.Serializable;
import java.util.Set;
import org.institute.core.PartnerId;

/**
 * A programme to register. {@code minAttendancePercent} and {@code assessmentRequired} make its
 * completion rule (defaults: 80 % and an assessment).
 */
public record NewProgramme(
    String code,
    ProgrammeKind kind,
    String titleEn,
    String titleZh,
    String descriptionEn,
    String descriptionZh,
    Set<PartnerId> owners,
    Eligibility eligibility,
    Integer minAttendancePercent,
    Boolean assessmentRequired)
    implements Serializable {
  public NewProgramme {
    owners = owners == null ? Set.of() : Set.copyOf(owners);
  }
}
