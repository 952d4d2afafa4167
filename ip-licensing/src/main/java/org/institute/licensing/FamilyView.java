package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A patent family with its whole ownership history (newest first) and applications, and what its
 * income is shared by: whether costs are recovered first and its inventors (issue 19).
 */
public record FamilyView(
    long id,
    long version,
    String reference,
    String title,
    String titleZh,
    String titleLanguage,
    String technologyField,
    LocalDate priorityDate,
    List<OwnershipView> currentOwners,
    List<OwnershipView> ownershipHistory,
    List<ApplicationView> applications,
    List<Deadline> deadlines,
    CostRecovery costRecovery,
    List<Inventor> inventors,
    Set<FamilyAction> allowedActions)
    implements Serializable {

  public FamilyView {
    inventors = List.copyOf(inventors);
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(FamilyAction.class)
                : EnumSet.copyOf(allowedActions));
  }

  /** The title for a reader of this language: the Chinese title to readers of Chinese if any. */
  public String title(String language) {
    return org.institute.core.BilingualText.in(title, titleZh, language);
  }

  /**
   * The language of {@link #title(String)} for this reader, for the page's {@code lang} attribute:
   * zh for the Chinese title, else the title's own tag (en when unknown).
   */
  public String titleLanguage(String language) {
    String shown = title(language);
    if (titleZh != null && shown.equals(titleZh)) {
      return "zh";
    }
    return titleLanguage == null ? "en" : titleLanguage;
  }
}
