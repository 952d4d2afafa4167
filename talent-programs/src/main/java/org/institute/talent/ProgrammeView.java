package org.institute.talent;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.institute.core.BilingualText;

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
    boolean assessmentRequired,
    Set<ProgrammeAction> allowedActions)
    implements Serializable {

  public ProgrammeView {
    allowedActions = Actions.copy(allowedActions);
  }

  /** Whether the caller may take this action on the programme. */
  public boolean allows(ProgrammeAction action) {
    return allowedActions.contains(action);
  }

  public String title(String language) {
    return BilingualText.in(titleEn, titleZh, language);
  }
}
