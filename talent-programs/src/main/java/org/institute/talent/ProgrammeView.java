package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/** A programme as the catalogue shows it. */
public record ProgrammeView(
    long id,
    String code,
    ProgrammeKind kind,
    String titleEn,
    String titleZh,
    String descriptionEn,
    String descriptionZh,
    List<PartnerRef> owners,
    Eligibility eligibility,
    int minAttendancePercent,
    boolean assessmentRequired)
    implements Serializable {

  public String title(String language) {
    return language != null && language.startsWith("zh") && titleZh != null ? titleZh : titleEn;
  }
}
