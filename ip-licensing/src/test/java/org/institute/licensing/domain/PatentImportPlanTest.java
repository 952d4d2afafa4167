package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.Violation;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.ImportedApplication;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.PatentImportLine;
import org.institute.licensing.PatentImportOutcome;
import org.junit.jupiter.api.Test;

class PatentImportPlanTest {

  private static final LocalDate PRIORITY = LocalDate.of(2020, 9, 1);

  private static PatentRecord record(
      int position, String office, String number, LocalDate filed, PatentRecord.Title... titles) {
    return new PatentRecord(
        position,
        office + " " + number,
        new PatentRecord.Claim("CN", "202010123456.7", PRIORITY),
        List.of(titles),
        List.of(new PatentRecord.Filing(office, number, filed, null, null, null)),
        List.of());
  }

  private static PatentRecord.Title en(String text) {
    return new PatentRecord.Title("en", text);
  }

  @Test
  void theFirstRecordOfAPriorityCreatesItsFamilyAndTheNextMergeIntoIt() {
    List<PatentImportLine> lines =
        PatentImportPlan.plan(
            List.of(
                record(1, "CN", "202010123456.7", PRIORITY, en("Anode")),
                record(2, "WO", "PCT/CN2021/1", PRIORITY.plusMonths(11), en("Anode")),
                record(3, "WO", "PCT/CN2021/1", PRIORITY.plusMonths(11), en("Anode"))),
            List.of());

    assertThat(lines)
        .extracting(PatentImportLine::outcome)
        .containsExactly(
            PatentImportOutcome.CREATE, PatentImportOutcome.MERGE, PatentImportOutcome.UNCHANGED);
    assertThat(lines.get(0).familyReference()).isEqualTo("CN202010123456.7");
    assertThat(lines.get(1).applications())
        .extracting(ImportedApplication::jurisdiction, ImportedApplication::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Jurisdiction.PCT, ApplicationStatus.FILED));
  }

  @Test
  void aRecordedFamilyIsFoundByItsClaimAndItsRecordedApplicationsAreUnchanged() {
    var known =
        new PatentImportPlan.KnownFamily(
            "PF-1", "CN", "202010123456.7", PRIORITY, Set.of("CN:202010123456.7"), true);

    List<PatentImportLine> lines =
        PatentImportPlan.plan(
            List.of(
                record(1, "CN", "CN 202010123456.7", PRIORITY, en("Anode")),
                record(2, "SG", "10202100001A", PRIORITY.plusMonths(12), en("Anode"))),
            List.of(known));

    assertThat(lines)
        .extracting(PatentImportLine::outcome, PatentImportLine::familyReference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PatentImportOutcome.UNCHANGED, "PF-1"),
            org.assertj.core.groups.Tuple.tuple(PatentImportOutcome.MERGE, "PF-1"));
  }

  @Test
  void everyReasonOfARefusedRecordIsListed() {
    PatentRecord bad =
        new PatentRecord(
            1,
            "x",
            new PatentRecord.Claim("ZZ", "1", PRIORITY),
            List.of(),
            List.of(
                new PatentRecord.Filing("DE", "1", PRIORITY.minusDays(1), null, null, "WITHDRAWN")),
            List.of());

    PatentImportLine line = PatentImportPlan.plan(List.of(bad), List.of()).get(0);

    assertThat(line.outcome()).isEqualTo(PatentImportOutcome.REFUSED);
    assertThat(line.problems())
        .contains(
            new Violation("priorityClaim.office", "licensing.import.office.invalid"),
            new Violation("title", "field.required"),
            new Violation("applications[0].office", "licensing.import.office.unsupported"),
            new Violation("applications[0].status", "licensing.import.status.invalid"),
            new Violation(
                "applications[0].filingDate", "licensing.application.filingDate.beforePriority"));
  }

  @Test
  void anApplicationOfAnotherFamilyAndAnotherPriorityDateRefuseTheRecord() {
    var other =
        new PatentImportPlan.KnownFamily("PF-2", null, null, PRIORITY, Set.of("SG:9"), true);
    var same =
        new PatentImportPlan.KnownFamily(
            "PF-1", "CN", "202010123456.7", PRIORITY.minusDays(3), Set.of(), true);

    PatentImportLine line =
        PatentImportPlan.plan(
                List.of(record(1, "SG", "9", PRIORITY, en("A"))), List.of(other, same))
            .get(0);

    assertThat(line.problems())
        .containsExactlyInAnyOrder(
            new Violation("priorityClaim.date", "licensing.import.priority.dateDiffers"),
            new Violation(
                "applications[0].applicationNumber", "licensing.import.application.otherFamily"));
  }

  @Test
  void aChineseTitleKeepsItsTagAndAnUntaggedHanTitleIsChinese() {
    PatentImportLine both =
        PatentImportPlan.plan(
                List.of(
                    record(
                        1,
                        "CN",
                        "1",
                        PRIORITY,
                        new PatentRecord.Title("ZH", "固态电解质"),
                        en("Solid electrolyte"))),
                List.of())
            .get(0);
    PatentImportLine chineseOnly =
        PatentImportPlan.plan(
                List.of(record(1, "CN", "1", PRIORITY, new PatentRecord.Title(null, "固态电解质"))),
                List.of())
            .get(0);

    assertThat(both.title()).isEqualTo("Solid electrolyte");
    assertThat(both.titleLanguage()).isEqualTo("en");
    assertThat(both.titleZh()).isEqualTo("固态电解质");
    assertThat(both.title("zh-CN")).isEqualTo("固态电解质");
    assertThat(chineseOnly.title()).isEqualTo("固态电解质");
    assertThat(chineseOnly.titleLanguage()).isEqualTo("zh");
    assertThat(chineseOnly.titleZh()).isNull();
  }

  @Test
  void aMalformedRecordIsRefusedWithItsReasonOnly() {
    PatentImportLine line =
        PatentImportPlan.plan(
                List.of(PatentRecord.malformed(4, "line 5", "licensing.import.csv.columns")),
                List.of())
            .get(0);

    assertThat(line.outcome()).isEqualTo(PatentImportOutcome.REFUSED);
    assertThat(line.problems())
        .containsExactly(new Violation("record", "licensing.import.csv.columns"));
  }

  private static PatentRecord.Filing filing(String office, String number, LocalDate filed) {
    return new PatentRecord.Filing(office, number, filed, null, null, null);
  }

  private static PatentImportLine planned(
      PatentRecord.Claim claim,
      List<PatentRecord.Title> titles,
      PatentRecord.Filing filing,
      Violation... readerProblems) {
    return PatentImportPlan.plan(
            List.of(
                new PatentRecord(1, "r", claim, titles, List.of(filing), List.of(readerProblems))),
            List.of())
        .get(0);
  }

  private static PatentImportLine planned(PatentRecord.Claim claim, PatentRecord.Filing filing) {
    return planned(claim, List.of(en("Anode")), filing);
  }

  private static List<String> problemsOf(PatentImportLine line) {
    return line.problems().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
  }

  @Test
  void aDateTheReaderCouldNotReadIsReportedOnceAndTheRecordIsStillPlannedWhole() {
    Violation claimDate = new Violation("priorityClaim.date", "licensing.import.date.invalid");
    Violation filingDate =
        new Violation("applications[0].filingDate", "licensing.import.date.invalid");

    PatentImportLine both =
        planned(
            new PatentRecord.Claim("CN", "1", null),
            List.of(en("Anode")),
            filing("CN", "1", null),
            claimDate,
            filingDate);
    PatentImportLine filingOnly =
        planned(
            new PatentRecord.Claim("CN", "1", null),
            List.of(en("Anode")),
            filing("CN", "1", null),
            filingDate);

    assertThat(both.outcome()).isEqualTo(PatentImportOutcome.REFUSED);
    assertThat(both.problems()).containsExactly(claimDate, filingDate);
    // refused for a field, not as a record: the line still shows what the record would become
    assertThat(both.familyReference()).isEqualTo("CN1");
    assertThat(both.applications()).hasSize(1);
    // the claim's date comes from the first filing's: an unreadable one is the only reason given
    assertThat(filingOnly.problems()).containsExactly(filingDate);
  }

  @Test
  void aMissingDateIsRequiredOfTheClaimAndOfEachFiling() {
    assertThat(
            problemsOf(
                planned(new PatentRecord.Claim("CN", "1", null), filing("CN", "1", PRIORITY))))
        .containsExactly("priorityClaim.date:field.required");
    assertThat(
            problemsOf(
                planned(new PatentRecord.Claim("CN", "1", PRIORITY), filing("CN", "1", null))))
        .containsExactly("applications[0].filingDate:field.required");
  }

  @Test
  void anUnknownStatusIsReportedOnceBesideTheFilingsOtherProblems() {
    PatentImportLine line =
        planned(
            new PatentRecord.Claim("CN", "1", PRIORITY),
            List.of(en("Anode")),
            new PatentRecord.Filing("SG", "9", PRIORITY.minusDays(1), null, null, "pending"));

    assertThat(problemsOf(line))
        .containsExactly(
            "applications[0].status:licensing.import.status.invalid",
            "applications[0].filingDate:licensing.application.filingDate.beforePriority");
  }

  @Test
  void aFilingWithoutOfficeLacksItsJurisdictionRatherThanHavingAnInvalidOffice() {
    PatentImportLine line =
        planned(new PatentRecord.Claim("CN", "1", PRIORITY), filing(null, "9", PRIORITY));

    assertThat(problemsOf(line)).containsExactly("applications[0].jurisdiction:field.required");
  }

  @Test
  void numbersUpTo64CharactersAndAChineseTitleUpTo300AreTaken() {
    String number64 = "1".repeat(64);
    PatentRecord.Claim claim = new PatentRecord.Claim("CN", "1", PRIORITY);

    assertThat(
            planned(new PatentRecord.Claim("CN", number64, PRIORITY), filing("CN", "1", PRIORITY))
                .outcome())
        .isEqualTo(PatentImportOutcome.CREATE);
    assertThat(
            problemsOf(
                planned(
                    new PatentRecord.Claim("CN", number64 + "1", PRIORITY),
                    filing("CN", "1", PRIORITY))))
        .containsExactly("priorityClaim.number:field.tooLong");

    PatentImportLine zh300 =
        planned(
            claim,
            List.of(en("Anode"), new PatentRecord.Title("zh", "固".repeat(300))),
            filing("CN", "1", PRIORITY));
    assertThat(zh300.outcome()).isEqualTo(PatentImportOutcome.CREATE);
    assertThat(zh300.titleZh()).hasSize(300);
    assertThat(
            problemsOf(
                planned(
                    claim,
                    List.of(en("Anode"), new PatentRecord.Title("zh", "固".repeat(301))),
                    filing("CN", "1", PRIORITY))))
        .containsExactly("titleZh:field.tooLong");

    PatentImportLine published64 =
        planned(
            claim,
            List.of(en("Anode")),
            new PatentRecord.Filing("CN", "1", PRIORITY, number64, null, null));
    assertThat(published64.outcome()).isEqualTo(PatentImportOutcome.CREATE);
    assertThat(
            problemsOf(
                planned(
                    claim,
                    List.of(en("Anode")),
                    new PatentRecord.Filing("CN", "1", PRIORITY, number64 + "1", null, null))))
        .containsExactly("applications[0].publicationNumber:field.tooLong");
  }

  @Test
  void aNewFamilysReferenceMayNotBeOneTheRegisterHoldsAlready() {
    var typedIn = new PatentImportPlan.KnownFamily("CN1", null, null, PRIORITY, Set.of(), true);
    PatentRecord record =
        new PatentRecord(
            1,
            "r",
            new PatentRecord.Claim("CN", "1", PRIORITY),
            List.of(en("Anode")),
            List.of(filing("CN", "1", PRIORITY)),
            List.of());

    PatentImportLine line = PatentImportPlan.plan(List.of(record), List.of()).get(0);
    PatentImportLine clash = PatentImportPlan.plan(List.of(record), List.of(typedIn)).get(0);

    assertThat(line.outcome()).isEqualTo(PatentImportOutcome.CREATE);
    assertThat(clash.familyReference()).isEqualTo("CN1");
    assertThat(problemsOf(clash)).containsExactly("reference:licensing.family.reference.taken");
  }

  @Test
  void aClaimOfAnUnknownOfficeKeepsTheOfficeAsWrittenAndGivesNoReference() {
    PatentImportLine unknownOffice =
        planned(new PatentRecord.Claim("zz", "1", PRIORITY), filing("CN", "1", PRIORITY));
    PatentImportLine noClaim = planned(null, filing("CN", "1", PRIORITY));

    assertThat(unknownOffice.priorityOffice()).isEqualTo("zz");
    assertThat(unknownOffice.familyReference()).isNull();
    assertThat(problemsOf(unknownOffice))
        .containsExactly("priorityClaim.office:licensing.import.office.invalid");
    assertThat(noClaim.priorityOffice()).isNull();
    assertThat(noClaim.familyReference()).isNull();
    assertThat(problemsOf(noClaim))
        .containsExactly(
            "priorityClaim.office:field.required",
            "priorityClaim.number:field.required",
            "priorityClaim.date:field.required");
  }

  @Test
  void theFirstChineseTitleIsKeptAndAnUntaggedOrIllTaggedLatinTitleHasNoLanguage() {
    PatentRecord.Claim claim = new PatentRecord.Claim("CN", "1", PRIORITY);
    PatentImportLine regional =
        planned(
            claim,
            List.of(
                new PatentRecord.Title("zh-CN", "固态电解质"),
                new PatentRecord.Title("zh-TW", "固態電解質"),
                en("Solid electrolyte")),
            filing("CN", "1", PRIORITY));
    PatentImportLine untagged =
        planned(claim, List.of(new PatentRecord.Title(null, "Anode")), filing("CN", "1", PRIORITY));
    PatentImportLine illTagged =
        planned(
            claim, List.of(new PatentRecord.Title("en-!!", "Anode")), filing("CN", "1", PRIORITY));

    assertThat(regional.title()).isEqualTo("Solid electrolyte");
    assertThat(regional.titleZh()).isEqualTo("固态电解质");
    assertThat(untagged.title()).isEqualTo("Anode");
    assertThat(untagged.titleLanguage()).isNull();
    assertThat(illTagged.title()).isEqualTo("Anode");
    assertThat(illTagged.titleLanguage()).isNull();
  }
}
