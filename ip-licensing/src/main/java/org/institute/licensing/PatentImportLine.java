package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.BilingualText;
import org.institute.core.Violation;

/**
 * One record of an imported patent file and what the import does with it: its place (1 for the
 * first), the key that names it in the file (publication or application number, or CSV line), the
 * outcome, the family's reference (new or matched), the priority claim, the title with its BCP 47
 * language tag and the Chinese title, the applications and, when refused, every reason (field and
 * message key).
 */
public record PatentImportLine(
    int position,
    String key,
    PatentImportOutcome outcome,
    String familyReference,
    String priorityOffice,
    String priorityNumber,
    LocalDate priorityDate,
    String title,
    String titleLanguage,
    String titleZh,
    List<ImportedApplication> applications,
    List<Violation> problems)
    implements Serializable {

  public PatentImportLine {
    applications = List.copyOf(applications);
    problems = List.copyOf(problems);
  }

  /** The title for a reader of this language: the Chinese one for readers of Chinese if any. */
  public String title(String language) {
    return title == null ? titleZh : BilingualText.in(title, titleZh, language);
  }

  /** The language of {@link #title(String)} for this reader, for the page's lang attribute. */
  public String titleLanguage(String language) {
    String shown = title(language);
    if (titleZh != null && titleZh.equals(shown)) {
      return "zh";
    }
    return titleLanguage == null ? "en" : titleLanguage;
  }
}
