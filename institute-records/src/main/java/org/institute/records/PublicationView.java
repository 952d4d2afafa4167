package org.institute.records;

import java.io.Serializable;

/**
 * A journal paper and the research project it came from; the title's language tag (BCP 47) and the
 * import that brought it in, when known.
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
    String importRef)
    implements Serializable {

  /** A paper typed in: no language tag, no import. */
  public PublicationView(
      long id, String title, String journal, int year, String doi, String authors, long projectId) {
    this(id, title, journal, year, doi, authors, projectId, null, null);
  }
}
