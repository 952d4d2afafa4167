package org.institute.records;

import java.io.Serializable;
import java.util.Locale;

/**
 * A journal paper and the research project it came from: its title with the title's language tag
 * (BCP 47, null when unknown), a Chinese title when the paper has one beside a title in another
 * language, and the import that brought it in, when known.
 */
public record PublicationView(
    long id,
    String title,
    String journal,
    int year,
    String doi,
    String authors,
    long projectId,
    String titleLanguage,
    String importRef,
    String titleZh)
    implements Serializable {

  /** A paper typed in: no language tag, no import. */
  public PublicationView(
      long id, String title, String journal, int year, String doi, String authors, long projectId) {
    this(id, title, journal, year, doi, authors, projectId, null, null, null);
  }

  /**
   * The title for a reader of the language tag: the Chinese title to a reader of Chinese when the
   * paper has one, else the title (in whatever language it is written).
   */
  public String title(String readerLanguage) {
    return chineseReader(readerLanguage) && titleZh != null ? titleZh : title;
  }

  /** The language tag of {@link #title(String)}'s text, for the page's {@code lang} attribute. */
  public String titleLanguage(String readerLanguage) {
    return chineseReader(readerLanguage) && titleZh != null ? "zh" : titleLanguage;
  }

  private static boolean chineseReader(String tag) {
    return tag != null && "zh".equals(Locale.forLanguageTag(tag.replace('_', '-')).getLanguage());
  }
}
