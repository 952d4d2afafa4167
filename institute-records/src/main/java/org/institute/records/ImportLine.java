package org.institute.records;

import java.io.Serializable;
import java.util.List;
import org.institute.core.Violation;

/**
 * One entry of an imported file and what the import does with it: its place (1 for the first
 * entry), its key in the file, the DOI in normal form (or as written when it is not a DOI), the
 * title with its language tag, venue, year, authors, the outcome and, when refused, every reason.
 */
public record ImportLine(
    int position,
    String key,
    ImportOutcome outcome,
    String doi,
    String title,
    String titleLanguage,
    String venue,
    Integer year,
    String authors,
    List<Violation> problems)
    implements Serializable {

  public ImportLine {
    problems = List.copyOf(problems);
  }
}
