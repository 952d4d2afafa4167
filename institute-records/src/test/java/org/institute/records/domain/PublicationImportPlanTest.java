package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.institute.core.Violation;
import org.institute.records.ImportLine;
import org.institute.records.ImportOutcome;
import org.junit.jupiter.api.Test;

class PublicationImportPlanTest {

  private static final int THIS_YEAR = 2026;

  private static BibliographicEntry entry(int position, String doi) {
    return new BibliographicEntry(
        position,
        "k" + position,
        "Title " + position,
        "en",
        List.of("Lee, Wei", "Wu, Jing"),
        "Energy Reports",
        2021,
        doi,
        List.of());
  }

  private static ImportLine only(BibliographicEntry entry, Set<String> recorded) {
    return PublicationImportPlan.plan(List.of(entry), recorded, THIS_YEAR).get(0);
  }

  @Test
  void aCompleteEntryIsCreatedWithItsDoiInNormalForm() {
    ImportLine line = only(entry(1, "https://doi.org/10.1016/J.EGYR.2021.01"), Set.of());

    assertThat(line.outcome()).isEqualTo(ImportOutcome.CREATE);
    assertThat(line.doi()).isEqualTo("10.1016/j.egyr.2021.01");
    assertThat(line.authors()).isEqualTo("Lee, Wei; Wu, Jing");
    assertThat(line.titleLanguage()).isEqualTo("en");
    assertThat(line.position()).isEqualTo(1);
    assertThat(line.key()).isEqualTo("k1");
    assertThat(line.problems()).isEmpty();
  }

  @Test
  void anEntryWhoseDoiIsRecordedIsUnchanged() {
    ImportLine line = only(entry(1, "10.1016/J.EGYR.2021.01"), Set.of("10.1016/j.egyr.2021.01"));

    assertThat(line.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
    assertThat(line.problems()).isEmpty();
  }

  @Test
  void theSecondEntryWithADoiSeenInTheFileIsRefused() {
    List<ImportLine> lines =
        PublicationImportPlan.plan(
            List.of(entry(1, "10.1000/a"), entry(2, "doi:10.1000/A")), Set.of(), THIS_YEAR);

    assertThat(lines.get(0).outcome()).isEqualTo(ImportOutcome.CREATE);
    assertThat(lines.get(1).outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(lines.get(1).problems())
        .containsExactly(new Violation("doi", PublicationImportPlan.REPEATED));
  }

  @Test
  void repeatedRecordedDoisAreBothUnchanged() {
    List<ImportLine> lines =
        PublicationImportPlan.plan(
            List.of(entry(1, "10.1000/a"), entry(2, "10.1000/a")), Set.of("10.1000/a"), THIS_YEAR);

    assertThat(lines)
        .extracting(ImportLine::outcome)
        .containsExactly(ImportOutcome.UNCHANGED, ImportOutcome.UNCHANGED);
  }

  @Test
  void anUnreadableEntryIsRefusedWithOnlyItsReason() {
    ImportLine line =
        only(BibliographicEntry.unreadable(3, "broken", BibTexReader.MALFORMED), Set.of());

    assertThat(line.outcome()).isEqualTo(ImportOutcome.REFUSED);
    assertThat(line.problems()).containsExactly(new Violation("entry", BibTexReader.MALFORMED));
    assertThat(line.key()).isEqualTo("broken");
  }

  @Test
  void anUnterminatedRecordIsRefusedEvenWhenItsDoiIsRecorded() {
    BibliographicEntry e = entry(1, "10.1000/a");
    BibliographicEntry unterminated =
        new BibliographicEntry(
            1,
            "k",
            e.title(),
            "en",
            e.authors(),
            e.venue(),
            2021,
            "10.1000/a",
            List.of(RisReader.UNTERMINATED));

    assertThat(only(unterminated, Set.of("10.1000/a")).outcome()).isEqualTo(ImportOutcome.REFUSED);
  }

  @Test
  void everyMissingFieldIsNamed() {
    BibliographicEntry empty =
        new BibliographicEntry(1, null, null, null, List.of(), " ", null, null, List.of());

    assertThat(only(empty, Set.of()).problems())
        .containsExactly(
            new Violation("title", "field.required"),
            new Violation("journal", "field.required"),
            new Violation("authors", "field.required"),
            new Violation("year", "field.required"),
            new Violation("doi", "field.required"));
  }

  @Test
  void anUnreadableYearIsNamedOnceAndTheRestIsChecked() {
    BibliographicEntry e = entry(1, "not a doi");
    BibliographicEntry noYear =
        new BibliographicEntry(
            1,
            "k",
            e.title(),
            "en",
            e.authors(),
            e.venue(),
            null,
            e.doi(),
            List.of(EntryFields.YEAR_INVALID));

    assertThat(only(noYear, Set.of()).problems())
        .containsExactly(
            new Violation("year", EntryFields.YEAR_INVALID),
            new Violation("doi", "publication.doi.invalid"));
    assertThat(only(noYear, Set.of()).doi()).isEqualTo("not a doi");
  }

  @Test
  void yearsOutsideNineteenNinetyToThisYearAreRefused() {
    for (int year : new int[] {1989, THIS_YEAR + 1}) {
      BibliographicEntry e = withYear(year);
      assertThat(only(e, Set.of()).problems())
          .containsExactly(new Violation("year", "publication.year.outOfRange"));
    }
    assertThat(only(withYear(1990), Set.of()).outcome()).isEqualTo(ImportOutcome.CREATE);
    assertThat(only(withYear(THIS_YEAR), Set.of()).outcome()).isEqualTo(ImportOutcome.CREATE);
  }

  @Test
  void textsLongerThanTheColumnsAreRefused() {
    String title = "t".repeat(PublicationImportPlan.TITLE_MAX + 1);
    String venue = "v".repeat(PublicationImportPlan.VENUE_MAX + 1);
    List<String> authors = Collections.nCopies(200, "Author");
    BibliographicEntry e =
        new BibliographicEntry(1, "k", title, null, authors, venue, 2021, "10.1000/x", List.of());

    assertThat(only(e, Set.of()).problems())
        .containsExactly(
            new Violation("title", "field.tooLong"),
            new Violation("journal", "field.tooLong"),
            new Violation("authors", "field.tooLong"));
  }

  @Test
  void textsAtTheLimitsAreAccepted() {
    String title = "t".repeat(PublicationImportPlan.TITLE_MAX);
    String venue = "v".repeat(PublicationImportPlan.VENUE_MAX);
    List<String> authors = List.of("a".repeat(PublicationImportPlan.AUTHORS_MAX));
    BibliographicEntry e =
        new BibliographicEntry(1, "k", title, null, authors, venue, 2021, "10.1000/x", List.of());

    assertThat(only(e, Set.of()).outcome()).isEqualTo(ImportOutcome.CREATE);
  }

  private static BibliographicEntry withYear(int year) {
    BibliographicEntry e = entry(1, "10.1000/y" + year);
    return new BibliographicEntry(
        1, "k", e.title(), "en", e.authors(), e.venue(), year, e.doi(), List.of());
  }
}
