package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.core.testing.CountedKpiStamps;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.records.BibliographyFormat;
import org.institute.records.ImportLine;
import org.institute.records.ImportOutcome;
import org.institute.records.ImportReport;
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.ProjectStatus;
import org.institute.records.PublicationImport;
import org.institute.records.PublicationView;
import org.institute.records.domain.ResearchProject;
import org.junit.jupiter.api.Test;

/** The import against the in-memory store of {@link ResearchRecordsServiceTest}; project 1. */
class PublicationImportServiceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

  private final ResearchRecordsServiceTest.Store store = new ResearchRecordsServiceTest.Store();
  private final RecordingAudit audit = new RecordingAudit();
  private final CountedKpiStamps kpiStamps = new CountedKpiStamps();

  PublicationImportServiceTest() {
    store.add(
        new ResearchProject(
            new NewProject(
                "Grid forecasting",
                null,
                5L,
                List.of(new Investigator("Prof. Lee", new PartnerId(1))),
                Set.of(),
                LocalDate.of(2024, 1, 15),
                LocalDate.of(2026, 1, 14),
                "1000",
                "SGD",
                ProjectStatus.ACTIVE,
                null),
            Money.of("1000", "SGD"),
            CLOCK.instant()));
  }

  private PublicationImportService service(TestCaller caller) {
    PublicationImportService service = new PublicationImportService();
    Wiring.inject(service, "records", store);
    Wiring.inject(service, "audit", audit);
    Wiring.inject(service, "kpiStamps", kpiStamps);
    Wiring.inject(service, "policy", Wiring.inject(new RecordsPolicy(), "caller", caller));
    Wiring.inject(service, "clock", CLOCK);
    return service;
  }

  private static byte[] sample(String name) {
    try (InputStream in =
        PublicationImportServiceTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ImportReport bibtex(boolean dryRun) {
    return service(TestCaller.admin())
        .importPublications(
            new PublicationImport(
                "publications.bib",
                BibliographyFormat.BIBTEX,
                sample("publications.bib"),
                1L,
                dryRun));
  }

  @Test
  void aDryRunReportsEveryEntryAndChangesNothing() {
    ImportReport report = bibtex(true);

    assertThat(report.dryRun()).isTrue();
    assertThat(report.lines())
        .extracting(ImportLine::outcome)
        .containsExactly(
            ImportOutcome.CREATE,
            ImportOutcome.CREATE,
            ImportOutcome.CREATE,
            ImportOutcome.REFUSED,
            ImportOutcome.REFUSED);
    assertThat(report.lines().get(4).problems())
        .containsExactly(new Violation("doi", "field.required"));
    assertThat(report.created()).isEqualTo(3);
    assertThat(report.refused()).isEqualTo(2);
    assertThat(report.unchanged()).isZero();
    assertThat(store.publications).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void aCommitCreatesTheAcceptedEntriesAuditedWithTheImport() {
    ImportReport report = bibtex(false);

    assertThat(report.importRef()).matches("IMP-[0-9a-f]{12}");
    assertThat(store.publications).hasSize(3);
    PublicationView chen = store.publications.get(1).view();
    assertThat(chen.title()).isEqualTo("固态电解质的界面稳定性研究");
    assertThat(chen.titleLanguage()).isEqualTo("zh");
    assertThat(chen.doi()).isEqualTo("10.12141/j.issn.1000-565x.220123");
    assertThat(chen.importRef()).isEqualTo(report.importRef());
    assertThat(chen.projectId()).isEqualTo(1);
    assertThat(chen.authors()).isEqualTo("陈, 明; Tan, Kiat Hong");
    assertThat(audit.entries)
        .hasSize(4)
        .contains(
            "PUBLICATION_IMPORTED Publication#2: doi 10.12141/j.issn.1000-565x.220123, project 1,"
                + " import "
                + report.importRef())
        .last()
        .isEqualTo(
            "PUBLICATIONS_IMPORTED PublicationImport#"
                + report.importRef()
                + ": publications.bib (BIBTEX) into project 1: 3 created, 0 unchanged, 2 refused");
  }

  @Test
  void theSameFileAgainCreatesNothing() {
    bibtex(false);

    ImportReport again = bibtex(false);

    assertThat(again.created()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.refused()).isEqualTo(2);
    assertThat(store.publications).hasSize(3);
  }

  @Test
  void theOtherFormatsFindTheSamePapers() {
    bibtex(false);
    PublicationImportService admin = service(TestCaller.admin());

    ImportReport ris =
        admin.importPublications(
            new PublicationImport(
                "p.ris", BibliographyFormat.RIS, sample("publications.ris"), 1L, false));
    ImportReport json =
        admin.importPublications(
            new PublicationImport(
                "p.json", BibliographyFormat.CSL_JSON, sample("publications.json"), 1L, false));

    assertThat(ris.unchanged()).isEqualTo(2);
    assertThat(ris.refused()).isEqualTo(1);
    assertThat(json.unchanged()).isEqualTo(3);
    assertThat(json.refused()).isEqualTo(1);
    assertThat(store.publications).hasSize(3);
  }

  @Test
  void onlyAdminsImport() {
    assertThatThrownBy(
            () ->
                service(TestCaller.council())
                    .importPublications(
                        new PublicationImport(
                            "a.bib",
                            BibliographyFormat.BIBTEX,
                            sample("publications.bib"),
                            1L,
                            true)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                service(TestCaller.staffOf(1))
                    .importPublications(
                        new PublicationImport(
                            "a.bib",
                            BibliographyFormat.BIBTEX,
                            sample("publications.bib"),
                            1L,
                            false)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(store.publications).isEmpty();
  }

  @Test
  void aCommandWithoutItsPartsIsRefusedWithEveryField() {
    assertThatThrownBy(
            () ->
                service(TestCaller.admin())
                    .importPublications(new PublicationImport(" ", null, new byte[0], null, false)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("fileName", "field.required"),
                        new Violation("format", "field.required"),
                        new Violation("file", "field.required"),
                        new Violation("project", "field.required")));
  }

  @Test
  void anUnknownProjectALongNameAndNoContentAreRefused() {
    assertThatThrownBy(
            () ->
                service(TestCaller.admin())
                    .importPublications(
                        new PublicationImport(
                            "n".repeat(201), BibliographyFormat.RIS, null, 9L, true)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("fileName", "field.tooLong"),
                        new Violation("file", "field.required"),
                        new Violation("project", "publication.project.unknown")));
  }

  @Test
  void aFileOverTenMegabytesIsRefused() {
    byte[] big = new byte[PublicationImportService.MAX_BYTES + 1];

    assertThatThrownBy(() -> importText("big.bib", BibliographyFormat.BIBTEX, big))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("file", "publication.import.file.tooLarge")));
  }

  @Test
  void aFileOfTenMegabytesIsRead() {
    byte[] full = new byte[PublicationImportService.MAX_BYTES];
    java.util.Arrays.fill(full, (byte) ' ');

    assertThatThrownBy(() -> importText("full.bib", BibliographyFormat.BIBTEX, full))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("file", "publication.import.file.empty")));
  }

  @Test
  void aFileInAnotherEncodingIsRefusedAsAWhole() {
    byte[] latin1 = "@article{a, title={Müller}}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> importText("a.bib", BibliographyFormat.BIBTEX, latin1))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("file", "publication.import.encoding")));
  }

  @Test
  void tooManyEntriesAreRefused() {
    String ris = "TY  - JOUR\nER  - \n".repeat(PublicationImportService.MAX_ENTRIES + 1);

    assertThatThrownBy(
            () ->
                importText(
                    "many.ris", BibliographyFormat.RIS, ris.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation("file", "publication.import.file.tooManyEntries")));
  }

  @Test
  void theMostEntriesAllowedAreRead() {
    String ris = "TY  - JOUR\nER  - \n".repeat(PublicationImportService.MAX_ENTRIES);

    ImportReport report =
        importText("many.ris", BibliographyFormat.RIS, ris.getBytes(StandardCharsets.UTF_8));

    assertThat(report.refused()).isEqualTo(PublicationImportService.MAX_ENTRIES);
  }

  @Test
  void theReferenceIsTheStartOfTheFilesHash() {
    assertThat(PublicationImportService.reference("abc".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("IMP-ba7816bf8f01");
  }

  private ImportReport importText(String name, BibliographyFormat format, byte[] content) {
    return service(TestCaller.admin())
        .importPublications(new PublicationImport(name, format, content, 1L, true));
  }
}
