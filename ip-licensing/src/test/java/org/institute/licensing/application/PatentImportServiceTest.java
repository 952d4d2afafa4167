package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.coordinator;
import static org.institute.licensing.application.LicensingFixture.problems;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.Violation;
import org.institute.licensing.PatentFileFormat;
import org.institute.licensing.PatentImport;
import org.institute.licensing.PatentImportLine;
import org.institute.licensing.PatentImportOutcome;
import org.institute.licensing.PatentImportReport;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.PatentCsvReader;
import org.institute.licensing.domain.PatentFamily;
import org.junit.jupiter.api.Test;

/** The patent import over the sample files of the README; today is 3 June 2024. */
class PatentImportServiceTest {

  private final LicensingFixture fixture =
      new LicensingFixture(Instant.parse("2024-06-03T08:00:00Z"));

  private static byte[] sample(String name) {
    try (InputStream in = PatentImportServiceTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private PatentImportReport st36(boolean dryRun) {
    return fixture
        .patentImports(admin())
        .importPatents(
            new PatentImport(
                "st36-sample.xml",
                PatentFileFormat.ST36,
                sample("st36-sample.xml"),
                Deals.SCUT,
                dryRun));
  }

  @Test
  void aDryRunPlansEveryRecordAndChangesNothing() {
    PatentImportReport report = st36(true);

    assertThat(report.lines())
        .extracting(PatentImportLine::outcome)
        .containsExactly(
            PatentImportOutcome.CREATE, PatentImportOutcome.MERGE, PatentImportOutcome.CREATE);
    assertThat(report.created()).isEqualTo(2);
    assertThat(report.merged()).isEqualTo(1);
    assertThat(report.documentId()).isNull();
    assertThat(fixture.families.all).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aCommitCreatesTheFamiliesKeepsTheFileAndASecondImportChangesNothing() {
    PatentImportReport first = st36(false);

    assertThat(first.documentId()).isNotNull();
    assertThat(fixture.documents.stored.get(first.documentId()).mediaType())
        .isEqualTo("application/xml");
    assertThat(fixture.families.all).hasSize(2);
    PatentFamily battery = fixture.families.all.get(0);
    assertThat(battery.reference()).isEqualTo("CN202010123456.7");
    assertThat(battery.title()).isEqualTo("Solid-state electrolyte for lithium batteries");
    assertThat(battery.titleLanguage()).isEqualTo("en");
    assertThat(battery.titleZh()).isEqualTo("一种用于锂电池的固态电解质");
    assertThat(battery.importRef()).isEqualTo(first.importRef());
    assertThat(battery.applications()).hasSize(2);
    assertThat(battery.sharesOn(LocalDate.of(2024, 6, 3)))
        .containsEntry(Deals.SCUT, BigDecimal.valueOf(100));
    assertThat(fixture.audit.entries)
        .anyMatch(e -> e.startsWith("PATENT_FAMILY_IMPORTED"))
        .anyMatch(e -> e.startsWith("PATENTS_IMPORTED PatentImport " + first.importRef()));

    int audited = fixture.audit.entries.size();
    PatentImportReport second = st36(false);

    assertThat(second.lines())
        .extracting(PatentImportLine::outcome)
        .containsOnly(PatentImportOutcome.UNCHANGED);
    assertThat(second.documentId()).isNull();
    assertThat(fixture.families.all).hasSize(2);
    assertThat(fixture.documents.stored).hasSize(1);
    assertThat(fixture.audit.entries).hasSize(audited + 1);
  }

  @Test
  void theCsvTemplateRefusesAnOfficeTheRegisterDoesNotKeepAndImportsTheRest() {
    PatentImportReport report =
        fixture
            .patentImports(staffOf(Deals.NTU))
            .importPatents(
                new PatentImport(
                    "patents-template.csv",
                    PatentFileFormat.CSV,
                    sample("patents-template.csv"),
                    null,
                    false));

    assertThat(report.lines())
        .extracting(PatentImportLine::outcome)
        .containsExactly(
            PatentImportOutcome.CREATE,
            PatentImportOutcome.MERGE,
            PatentImportOutcome.CREATE,
            PatentImportOutcome.REFUSED);
    assertThat(report.lines().get(3).problems())
        .containsExactly(
            new Violation("applications[0].office", "licensing.import.office.unsupported"));
    assertThat(fixture.families.all)
        .allSatisfy(f -> assertThat(f.everyOwner()).containsExactly(Deals.NTU));
    assertThat(fixture.documents.stored.values())
        .singleElement()
        .satisfies(d -> assertThat(d.mediaType()).isEqualTo("text/csv"));
  }

  @Test
  void staffOfAnotherPartnerMayNotAddApplicationsToAFamilyTheyDoNotOwn() {
    typedIn(Deals.GKC);

    PatentImportReport report =
        fixture
            .patentImports(staffOf(Deals.NTU))
            .importPatents(
                new PatentImport(
                    "st36-sample.xml",
                    PatentFileFormat.ST36,
                    sample("st36-sample.xml"),
                    null,
                    true));

    // the typed-in family is found by its first filing, the priority claim's number
    assertThat(report.lines().get(0).outcome()).isEqualTo(PatentImportOutcome.UNCHANGED);
    assertThat(report.lines().get(1).problems())
        .containsExactly(new Violation("record", "licensing.import.family.notAllowed"));
  }

  @Test
  void anAdminWithoutAPartnerNamesTheOwnerAndOthersMayNotImport() {
    assertThatThrownBy(
            () ->
                fixture
                    .patentImports(admin())
                    .importPatents(
                        new PatentImport(
                            "a.xml", PatentFileFormat.ST36, sample("st36-sample.xml"), null, true)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("owner", "field.required")));
    assertThatThrownBy(
            () ->
                fixture
                    .patentImports(coordinator())
                    .importPatents(
                        new PatentImport(
                            "a.xml", PatentFileFormat.ST36, sample("st36-sample.xml"), 1L, true)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aFileThatIsNotXmlIsRefusedNamingTheFile() {
    assertThatThrownBy(
            () ->
                fixture
                    .patentImports(admin())
                    .importPatents(
                        new PatentImport(
                            "a.xml",
                            PatentFileFormat.ST36,
                            "<patent-document><bib".getBytes(),
                            Deals.NTU,
                            true)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("file", "licensing.import.file.notXml")));
  }

  @Test
  void staffImportNoFamiliesForAPartnerTheyDoNotBelongTo() {
    assertThatThrownBy(
            () ->
                fixture
                    .patentImports(staffOf(Deals.NTU))
                    .importPatents(
                        new PatentImport(
                            "st36-sample.xml",
                            PatentFileFormat.ST36,
                            sample("st36-sample.xml"),
                            Deals.SCUT,
                            false)))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(fixture.families.all).isEmpty();
    assertThat(fixture.documents.stored).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  private static final String HEADER = String.join(",", PatentCsvReader.COLUMNS);

  private static byte[] csv(String... rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private PatentImportReport importCsv(Caller caller, String name, byte[] content, boolean dryRun) {
    return fixture
        .patentImports(caller)
        .importPatents(new PatentImport(name, PatentFileFormat.CSV, content, Deals.NTU, dryRun));
  }

  /** NTU's family 11, typed in with its first filing CN 202010123456.7 of 1 September 2020. */
  private PatentFamily typedIn() {
    return typedIn(Deals.NTU);
  }

  /** Family 11, wholly {@code owner}'s, typed in with its Chinese filing of 2020-09-01. */
  private PatentFamily typedIn(long owner) {
    PatentFamily family =
        fixture.families.register(
            11, LocalDate.of(2020, 9, 1), new Share(owner, BigDecimal.valueOf(100)));
    family.file(
        org.institute.licensing.Jurisdiction.CN,
        "202010123456.7",
        LocalDate.of(2020, 9, 1),
        org.institute.licensing.ApplicationStatus.FILED,
        null);
    return family;
  }

  @Test
  void aFileThatOnlyMergesIntoARecordedFamilyIsKeptAppliedAndAuditedPerFamily() {
    PatentFamily family = typedIn();
    byte[] content =
        csv(
            "CN,202010123456.7,2020-09-01,SG,10202100001A,2021-08-30,,,FILED,Solid electrolyte,en,");

    PatentImportReport report = importCsv(staffOf(Deals.NTU), "sg.csv", content, false);

    assertThat(report.importRef()).matches("IMP-[0-9a-f]{12}");
    assertThat(report.created()).isZero();
    assertThat(report.merged()).isEqualTo(1);
    assertThat(report.documentId()).isNotNull();
    assertThat(fixture.documents.stored).containsOnlyKeys(report.documentId());
    assertThat(family.applications())
        .extracting(a -> a.jurisdiction() + " " + a.applicationNumber())
        .containsExactlyInAnyOrder("CN 202010123456.7", "SG 10202100001A");
    assertThat(fixture.families.all).containsExactly(family);
    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isEqualTo(1);
    assertThat(fixture.audit.entries)
        .containsExactly(
            "PATENT_APPLICATIONS_IMPORTED PatentFamily 11: SG 10202100001A FILED, import "
                + report.importRef(),
            "PATENTS_IMPORTED PatentImport "
                + report.importRef()
                + ": sg.csv (CSV, document "
                + report.documentId()
                + "), owner 1: 0 created, 1 merged, 0 unchanged, 0 refused");

    // the same file again changes nothing: no document, no figure moved, the import audited
    PatentImportReport again = importCsv(staffOf(Deals.NTU), "sg.csv", content, false);

    assertThat(again.importRef()).isEqualTo(report.importRef());
    assertThat(again.documentId()).isNull();
    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isEqualTo(1);
    assertThat(fixture.audit.entries.get(2))
        .isEqualTo(
            "PATENTS_IMPORTED PatentImport "
                + report.importRef()
                + ": sg.csv (CSV), owner 1: 0 created, 0 merged, 1 unchanged, 0 refused");
  }

  @Test
  void aDryRunMovesNoFigureAndAnotherFileHasAnotherReference() {
    PatentImportReport dry = st36(true);

    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isZero();

    PatentImportReport other =
        importCsv(
            admin(),
            "one.csv",
            csv("CN,202210345678.9,2022-04-11,CN,202210345678.9,2022-04-11,,,FILED,Alloy,en,"),
            false);

    assertThat(other.importRef()).matches("IMP-[0-9a-f]{12}").isNotEqualTo(dry.importRef());
    assertThat(other.created()).isEqualTo(1);
    assertThat(fixture.kpiStamps.moves(KpiFigures.PATENT_APPLICATIONS)).isEqualTo(1);
  }

  @Test
  void aFileNameOf200CharactersAndAPositiveOwnerAreTheLimits() {
    byte[] content =
        csv("CN,202210345678.9,2022-04-11,CN,202210345678.9,2022-04-11,,,FILED,Alloy,en,");
    String longest = "a".repeat(196) + ".csv";

    assertThat(importCsv(admin(), longest, content, true).fileName()).hasSize(200);
    assertThat(problems(() -> importCsv(admin(), "a" + longest, content, true)))
        .containsExactly("fileName:field.tooLong");
    assertThat(
            problems(
                () ->
                    fixture
                        .patentImports(admin())
                        .importPatents(
                            new PatentImport("a.csv", PatentFileFormat.CSV, content, 0L, true))))
        .containsExactly("owner:partner.unknown");
  }

  @Test
  void aFileOfTenMegabytesIsReadAndOneByteMoreIsTooLarge() {
    byte[] row = csv("CN,202210345678.9,2022-04-11,CN,202210345678.9,2022-04-11,,,FILED,Alloy,en,");
    byte[] largest = Arrays.copyOf(row, PatentImportService.MAX_BYTES);
    Arrays.fill(largest, row.length, largest.length, (byte) '\n');

    PatentImportReport report = importCsv(admin(), "big.csv", largest, true);

    assertThat(report.created()).isEqualTo(1);
    assertThat(
            problems(
                () ->
                    importCsv(
                        admin(), "big.csv", Arrays.copyOf(largest, largest.length + 1), true)))
        .containsExactly("file:licensing.import.file.tooLarge");
  }

  @Test
  void aFileOf5000RecordsIsPlannedAndOneMoreIsRefused() {
    String[] rows = new String[PatentImportService.MAX_RECORDS + 1];
    Arrays.fill(rows, ",,,SG,1,2020-01-01,,,FILED,Untraced,en,");

    PatentImportReport report =
        importCsv(admin(), "many.csv", csv(Arrays.copyOf(rows, rows.length - 1)), true);

    assertThat(report.lines()).hasSize(5_000);
    // the first row files SG 1 as its own claim, the others bring it again
    assertThat(report.created()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(4_999);
    assertThat(problems(() -> importCsv(admin(), "many.csv", csv(rows), true)))
        .containsExactly("file:licensing.import.file.tooManyRecords");
  }
}
