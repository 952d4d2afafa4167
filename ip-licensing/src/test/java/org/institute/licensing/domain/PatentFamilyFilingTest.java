package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.Share;
import org.junit.jupiter.api.Test;

/** The field rules of registering a family and filing its applications. */
class PatentFamilyFilingTest {

  private static final LocalDate PRIORITY = LocalDate.of(2018, 3, 15);
  private static final Instant NOW = Instant.parse("2020-01-01T00:00:00Z");
  private static final List<Share> OWNERS = List.of(new Share(1, new BigDecimal("100")));

  private static PatentFamily family(String title, String field) {
    return PatentFamily.register("PF-1", title, field, PRIORITY, OWNERS, NOW);
  }

  /** Gives the entity the id the database would. */
  private static <T> T persisted(T entity, long id) {
    try {
      java.lang.reflect.Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> problems(Runnable call) {
    try {
      call.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  @Test
  void aTitleOfThreeHundredAndAFieldOfAHundredCharactersAreTheLongest() {
    PatentFamily f = family("t".repeat(300), "f".repeat(100));
    assertThat(f.title()).hasSize(300);
    assertThat(f.technologyField()).hasSize(100);
    assertThat(problems(() -> family("t".repeat(301), "f".repeat(101))))
        .containsExactly("title:field.tooLong", "technologyField:field.tooLong");
  }

  @Test
  void titleAndFieldAreTrimmedAndABlankFieldIsNone() {
    PatentFamily f = family("  Solar cell  ", "  energy ");
    assertThat(f.title()).isEqualTo("Solar cell");
    assertThat(f.technologyField()).isEqualTo("energy");
    assertThat(f.reference()).isEqualTo("PF-1");
    assertThat(f.priorityDate()).isEqualTo(PRIORITY);
    assertThat(family("Solar cell", "  ").technologyField()).isNull();
  }

  @Test
  void anApplicationNumberIsNeededOnceFiledAndAtMostSixtyFourLong() {
    PatentFamily f = family("Solar cell", null);
    assertThat(
            problems(() -> f.file(Jurisdiction.CN, " ", PRIORITY, ApplicationStatus.FILED, null)))
        .containsExactly("applicationNumber:licensing.application.number.required");
    assertThat(
            problems(
                () ->
                    f.file(
                        Jurisdiction.CN, "n".repeat(65), PRIORITY, ApplicationStatus.FILED, null)))
        .containsExactly("applicationNumber:field.tooLong");
    assertThat(
            problems(
                () ->
                    f.file(
                        Jurisdiction.CN, "1", PRIORITY, ApplicationStatus.GRANTED, "g".repeat(65))))
        .containsExactly("grantNumber:field.tooLong");
    assertThat(problems(() -> f.file(null, "1", PRIORITY.minusDays(1), null, null)))
        .containsExactly(
            "jurisdiction:field.required",
            "status:field.required",
            "filingDate:licensing.application.filingDate.beforePriority");
    assertThat(f.applications()).isEmpty();

    persisted(f, 7L);
    PatentApplication drafting =
        persisted(f.file(Jurisdiction.SG, "  ", null, ApplicationStatus.DRAFTING, " "), 1L);
    assertThat(drafting.view().applicationNumber()).isNull();
    assertThat(drafting.view().grantNumber()).isNull();
    assertThat(drafting.view().familyId()).isEqualTo(7L);
    PatentApplication granted =
        persisted(
            f.file(
                Jurisdiction.CN,
                " " + "n".repeat(62) + " ",
                PRIORITY,
                ApplicationStatus.GRANTED,
                "g".repeat(64)),
            2L);
    assertThat(granted.view().applicationNumber()).isEqualTo("n".repeat(62));
    assertThat(granted.view().grantNumber()).hasSize(64);
    assertThat(f.applications()).hasSize(2);
  }
}
