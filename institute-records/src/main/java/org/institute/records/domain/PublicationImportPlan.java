package org.institute.records.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Violation;
import org.institute.records.ImportLine;
import org.institute.records.ImportOutcome;

/**
 * The rule of a publication import, entry by entry and in file order: an entry that could not be
 * read is refused with its reason; an entry whose DOI is recorded already is unchanged (so the same
 * file imports twice safely); otherwise the fields a typed-in publication needs are checked (title,
 * journal, authors, a year from 1990 to this year, a valid DOI) and a DOI already seen earlier in
 * the same file is refused; what passes is created.
 */
public final class PublicationImportPlan {

  public static final String REPEATED = "publication.import.doi.repeated";
  public static final int TITLE_MAX = 500;
  public static final int VENUE_MAX = 300;
  public static final int AUTHORS_MAX = 1000;
  public static final int FIRST_YEAR = 1990;

  private PublicationImportPlan() {}

  /** The authors as a publication keeps them: in file order, separated by semicolons. */
  public static String authors(BibliographicEntry entry) {
    return String.join("; ", entry.authors());
  }

  public static List<ImportLine> plan(
      List<BibliographicEntry> entries, Set<String> recordedDois, int thisYear) {
    List<ImportLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (BibliographicEntry entry : entries) {
      Optional<String> doi = Doi.normalise(entry.doi());
      List<Violation> problems = new ArrayList<>();
      for (String problem : entry.problems()) {
        problems.add(
            new Violation(problem.equals(EntryFields.YEAR_INVALID) ? "year" : "entry", problem));
      }
      ImportOutcome outcome;
      if (problems.stream().anyMatch(p -> p.field().equals("entry"))) {
        outcome = ImportOutcome.REFUSED;
      } else if (problems.isEmpty() && doi.isPresent() && recordedDois.contains(doi.get())) {
        outcome = ImportOutcome.UNCHANGED;
      } else {
        check(entry, doi, thisYear, problems);
        if (doi.isPresent() && !seen.add(doi.get())) {
          problems.add(new Violation("doi", REPEATED));
        }
        outcome = problems.isEmpty() ? ImportOutcome.CREATE : ImportOutcome.REFUSED;
      }
      lines.add(
          new ImportLine(
              entry.position(),
              entry.key(),
              outcome,
              doi.orElse(entry.doi()),
              entry.title(),
              entry.titleLanguage(),
              entry.venue(),
              entry.year(),
              authors(entry),
              problems));
    }
    return lines;
  }

  private static void check(
      BibliographicEntry entry, Optional<String> doi, int thisYear, List<Violation> problems) {
    text(entry.title(), "title", TITLE_MAX, problems);
    text(entry.venue(), "journal", VENUE_MAX, problems);
    text(entry.authors().isEmpty() ? null : authors(entry), "authors", AUTHORS_MAX, problems);
    if (entry.year() == null) {
      if (problems.stream().noneMatch(p -> p.field().equals("year"))) {
        problems.add(new Violation("year", "field.required"));
      }
    } else if (entry.year() < FIRST_YEAR || entry.year() > thisYear) {
      problems.add(new Violation("year", "publication.year.outOfRange"));
    }
    if (entry.doi() == null) {
      problems.add(new Violation("doi", "field.required"));
    } else if (doi.isEmpty()) {
      problems.add(new Violation("doi", "publication.doi.invalid"));
    }
  }

  private static void text(String value, String field, int max, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new Violation(field, "field.required"));
    } else if (value.length() > max) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }
}
