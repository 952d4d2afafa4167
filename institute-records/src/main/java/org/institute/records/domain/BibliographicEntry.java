package org.institute.records.domain;

import java.util.List;

/**
 * One entry of a bibliography file as read, before any rule: its place in the file (1 for the
 * first), its key there (BibTeX citation key, RIS {@code ID}, CSL-JSON {@code id}), the title and
 * its language tag (BCP 47, or null when neither given nor recognisable), the authors in file
 * order, the venue (journal or proceedings), the year, the DOI as written, and what could not be
 * read (message keys; empty when the entry was read whole).
 */
public record BibliographicEntry(
    int position,
    String key,
    String title,
    String titleLanguage,
    List<String> authors,
    String venue,
    Integer year,
    String doi,
    List<String> problems) {

  public BibliographicEntry {
    authors = List.copyOf(authors);
    problems = List.copyOf(problems);
  }

  /** An entry that could not be read at all, with the reason. */
  static BibliographicEntry unreadable(int position, String key, String problem) {
    return new BibliographicEntry(
        position, key, null, null, List.of(), null, null, null, List.of(problem));
  }
}
