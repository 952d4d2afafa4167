package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.talent.Eligibility;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeKind;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

  private static Programme register(
      String titleZh,
      String descriptionEn,
      String descriptionZh,
      Eligibility eligibility,
      Integer minAttendance,
      Boolean assessment) {
    return new Programme(
        new NewProgramme(
            " MM-TECH ",
            ProgrammeKind.MINIMASTERS,
            " MiniMasters in Technology ",
            titleZh,
            descriptionEn,
            descriptionZh,
            Set.of(new PartnerId(3), new PartnerId(5)),
            eligibility,
            minAttendance,
            assessment),
        Fixtures.NOW);
  }

  @Test
  void aProgrammeKeepsItsRegistrationTrimmed() {
    Programme p = register(" 微硕士 ", " Ten weeks ", " 十周 ", Eligibility.NTU_STUDENTS, 75, false);

    assertThat(p.code()).isEqualTo("MM-TECH");
    assertThat(p.kind()).isEqualTo(ProgrammeKind.MINIMASTERS);
    assertThat(p.titleEn()).isEqualTo("MiniMasters in Technology");
    assertThat(p.titleZh()).isEqualTo("微硕士");
    assertThat(p.descriptionEn()).isEqualTo("Ten weeks");
    assertThat(p.descriptionZh()).isEqualTo("十周");
    assertThat(p.eligibility()).isEqualTo(Eligibility.NTU_STUDENTS);
    assertThat(p.minAttendancePercent()).isEqualTo(75);
    assertThat(p.assessmentRequired()).isFalse();
    assertThat(p.completionRule()).isEqualTo(new CompletionRule(75, false));
  }

  @Test
  void blankOptionalTextsAreKeptAsNothing() {
    Programme p = register("  ", "", null, Eligibility.OPEN, 80, true);

    assertThat(p.titleZh()).isNull();
    assertThat(p.descriptionEn()).isNull();
    assertThat(p.descriptionZh()).isNull();
  }

  @Test
  void withoutRulesAProgrammeIsOpenAndNeeds80PercentAndAnAssessment() {
    Programme p = register(null, null, null, null, null, null);

    assertThat(p.eligibility()).isEqualTo(Eligibility.OPEN);
    assertThat(p.minAttendancePercent()).isEqualTo(80);
    assertThat(p.assessmentRequired()).isTrue();
    assertThat(p.completionRule()).isEqualTo(new CompletionRule(80, true));
  }

  @Test
  void anExplicitAssessmentRequirementIsKept() {
    assertThat(register(null, null, null, null, 0, true).assessmentRequired()).isTrue();
    assertThat(register(null, null, null, null, 0, true).minAttendancePercent()).isZero();
  }

  @Test
  void aProgrammeIsOwnedByItsPartnersOnly() {
    Programme p = register(null, null, null, null, null, null);

    assertThat(p.isOwnedBy(new PartnerId(3))).isTrue();
    assertThat(p.isOwnedBy(new PartnerId(5))).isTrue();
    assertThat(p.isOwnedBy(new PartnerId(4))).isFalse();
    assertThat(p.owners()).containsExactlyInAnyOrder(new PartnerId(3), new PartnerId(5));
  }

  @Test
  void anOpenProgrammeAdmitsGuestsAndTheStoreGivesItsId() {
    Programme p = Fixtures.programme(Eligibility.OPEN);

    p.checkEligible(Fixtures.person("guest@example.com", null));

    assertThat(p.id()).isNotNull();
  }
}
