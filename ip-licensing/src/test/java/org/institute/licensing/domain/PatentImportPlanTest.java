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
}
