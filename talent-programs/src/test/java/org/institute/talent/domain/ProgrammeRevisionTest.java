package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.institute.core.InvalidCommandException;
import org.institute.talent.Eligibility;
import org.institute.talent.ProgrammeChanges;
import org.junit.jupiter.api.Test;

/** A programme's titles, descriptions and rules changed after registration. */
class ProgrammeRevisionTest {

  @Test
  void aRevisionTakesTitlesInBothLanguagesAndTheCompletionRule() {
    Programme p = Fixtures.programme(Eligibility.OPEN);

    p.revise(
        new ProgrammeChanges(
            " Deep tech MiniMasters ", " 深科技微硕士 ", " ", "十周", Eligibility.NTU_STUDENTS, 90, false));

    assertThat(p.titleEn()).isEqualTo("Deep tech MiniMasters");
    assertThat(p.titleZh()).isEqualTo("深科技微硕士");
    assertThat(p.descriptionEn()).isNull();
    assertThat(p.descriptionZh()).isEqualTo("十周");
    assertThat(p.eligibility()).isEqualTo(Eligibility.NTU_STUDENTS);
    assertThat(p.completionRule()).isEqualTo(new CompletionRule(90, false));
  }

  @Test
  void everyProblemIsToldAtOnceBesideItsFieldAndNothingChanges() {
    Programme p = Fixtures.programme(Eligibility.OPEN);
    String before = p.titleEn();

    assertThatThrownBy(
            () ->
                p.revise(
                    new ProgrammeChanges(
                        " ", "中".repeat(301), null, "x".repeat(4001), null, 101, null)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + ":" + v.messageKey())
                    .containsExactlyInAnyOrder(
                        "titleEn:programme.titleEn.required",
                        "titleZh:field.tooLong",
                        "descriptionZh:field.tooLong",
                        "minAttendancePercent:programme.attendance.invalid"));
    assertThat(p.titleEn()).isEqualTo(before);
  }

  @Test
  void theAttendanceRuleIsRequiredWhenRevising() {
    Programme p = Fixtures.programme(Eligibility.OPEN);

    assertThatThrownBy(
            () -> p.revise(new ProgrammeChanges("MiniMasters", null, null, null, null, null, null)))
        .isInstanceOf(InvalidCommandException.class);
  }
}
