package org.institute.records;

import java.io.Serializable;
import java.util.Locale;
import org.institute.core.WrittenLanguage;

/**
 * A publication's titles as the form shows them: the title in English (or in another language that
 * is not Chinese, with its tag) and the title in Chinese. A paper recorded with a Chinese title
 * only has it in the Chinese field; one looked up by DOI whose title is Chinese (by its tag, or by
 * its Han characters when the registry gives no language) too.
 */
public record PublicationTitles(String title, String titleLanguage, String titleZh)
    implements Serializable {

  /** The form's fields for a recorded publication. */
  public static PublicationTitles of(PublicationView view) {
    return split(view.title(), view.titleLanguage(), view.titleZh());
  }

  /** The form's fields for what a DOI registry says of a paper. */
  public static PublicationTitles of(PublicationDraft draft) {
    return split(draft.title(), draft.titleLanguage(), null);
  }

  private static PublicationTitles split(String title, String language, String titleZh) {
    boolean inChinese = language == null ? WrittenLanguage.hasHan(title) : chinese(language);
    if (inChinese && titleZh == null) {
      return new PublicationTitles(null, null, title);
    }
    return new PublicationTitles(title, language, titleZh);
  }

  /** Whether a BCP 47 tag names Chinese ({@code zh}, {@code zh-CN}, {@code zh-Hant}). */
  public static boolean chinese(String languageTag) {
    return languageTag != null
        && "zh".equals(Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage());
  }
}
