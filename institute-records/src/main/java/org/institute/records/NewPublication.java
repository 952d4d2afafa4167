package org.institute.records;

import java.io.Serializable;

/**
 * Records (or changes) a journal paper that came out of a research project; the DOI is unique. The
 * title is given in English (or in the language {@code titleLanguage} names, a BCP 47 tag), in
 * Chinese ({@code titleZh}), or in both; one of the two is required. A paper with a Chinese title
 * only keeps it as its title, tagged {@code zh}.
 */
public record NewPublication(
    String title,
    String journal,
    Integer year,
    String doi,
    String authors,
    Long projectId,
    String titleZh,
    String titleLanguage)
    implements Serializable {

  /** A paper with one title whose language the title's script tells. */
  public NewPublication(
      String title, String journal, Integer year, String doi, String authors, Long projectId) {
    this(title, journal, year, doi, authors, projectId, null, null);
  }
}
