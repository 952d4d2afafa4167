package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One line of the patent family list, with its current owners and applications. */
public record FamilyRow(
    long id,
    String reference,
    String title,
    String titleZh,
    String titleLanguage,
    String technologyField,
    LocalDate priorityDate,
    List<OwnershipView> owners,
    List<ApplicationView> applications,
    List<Deadline> deadlines)
    implements Serializable {

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
