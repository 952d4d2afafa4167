package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipField;
import org.institute.talent.NewPosition;
import org.institute.talent.PlacementStatus;
import org.junit.jupiter.api.Test;

class InternshipTest {

  private final Position position =
      Fixtures.withId(
          new Position(
              new NewPosition(
                  1,
                  2,
                  "Data engineering intern",
                  InternshipField.BIG_DATA,
                  LocalDate.of(2027, 5, 10),
                  LocalDate.of(2027, 8, 6),
                  1),
              Fixtures.NOW));

  private Placement applied() {
    return Fixtures.withId(
        new Placement(
            position,
            Fixtures.person(System.nanoTime() + "@e.ntu.edu.sg", "U2012345A"),
            Fixtures.NOW));
  }

  @Test
  void onlyNtuStudentsApply() {
    assertThatThrownBy(
            () -> new Placement(position, Fixtures.person("guest@example.com", null), Fixtures.NOW))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void aPlacementGoesStepByStepAndCompletesOnlyAfterTheFinalEvaluation() {
    Placement p = applied();
    assertThatThrownBy(() -> position.move(p, PlacementStatus.ACCEPTED, 0, Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("placement.wrongStep");
    position.move(p, PlacementStatus.SHORTLISTED, 0, Fixtures.NOW);
    position.move(p, PlacementStatus.OFFERED, 0, Fixtures.NOW);
    position.move(p, PlacementStatus.ACCEPTED, 1, Fixtures.NOW);
    p.evaluate(EvaluationKind.MID_TERM, 4, "Good start", Fixtures.NOW);
    assertThatThrownBy(() -> position.move(p, PlacementStatus.COMPLETED, 1, Fixtures.NOW))
        .hasMessage("placement.finalEvaluationMissing");

    p.evaluate(EvaluationKind.FINAL, 5, "Excellent", Fixtures.NOW);
    position.move(p, PlacementStatus.COMPLETED, 1, Fixtures.NOW);

    assertThat(p.status()).isEqualTo(PlacementStatus.COMPLETED);
    assertThat(p.midRating()).isEqualTo(4);
  }

  @Test
  void aPositionNeverOffersMorePlacesThanItHas() {
    Placement p = applied();
    position.move(p, PlacementStatus.SHORTLISTED, 0, Fixtures.NOW);

    assertThatThrownBy(() -> position.move(p, PlacementStatus.OFFERED, 1, Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("position.full");
    assertThat(p.status()).isEqualTo(PlacementStatus.SHORTLISTED);
  }

  @Test
  void ratingsRunFromOneToFive() {
    Placement p = applied();
    assertThatThrownBy(() -> p.evaluate(EvaluationKind.FINAL, 6, null, Fixtures.NOW))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> p.evaluate(EvaluationKind.FINAL, 3, null, Fixtures.NOW))
        .hasMessage("placement.notWorking");
  }

  private static NewPosition position(
      String title, LocalDate starts, LocalDate ends, Integer places) {
    return new NewPosition(1, 2, title, InternshipField.BIG_DATA, starts, ends, places);
  }

  private static java.util.List<Violation> refusal(NewPosition p) {
    try {
      new Position(p, Fixtures.NOW);
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return java.util.List.of();
  }

  private Placement accepted() {
    Placement p = applied();
    position.move(p, PlacementStatus.SHORTLISTED, 0, Fixtures.NOW);
    position.move(p, PlacementStatus.OFFERED, 0, Fixtures.NOW);
    position.move(p, PlacementStatus.ACCEPTED, 1, Fixtures.NOW);
    return p;
  }

  @Test
  void aPositionKeepsWhatItWasOpenedWith() {
    Position p =
        new Position(
            position(" Data intern ", LocalDate.of(2027, 5, 10), LocalDate.of(2027, 8, 6), 3),
            Fixtures.NOW);

    assertThat(p.cohortId()).isEqualTo(1);
    assertThat(p.hostPartnerId()).isEqualTo(2);
    assertThat(p.title()).isEqualTo("Data intern");
    assertThat(p.field()).isEqualTo(InternshipField.BIG_DATA);
    assertThat(p.startsOn()).isEqualTo(LocalDate.of(2027, 5, 10));
    assertThat(p.endsOn()).isEqualTo(LocalDate.of(2027, 8, 6));
    assertThat(p.places()).isEqualTo(3);
  }

  @Test
  void aPositionHasOneTo500PlacesAndATitleOfAtMost200Characters() {
    LocalDate day = LocalDate.of(2027, 5, 10);
    assertThat(refusal(position(" " + "t".repeat(200) + " ", day, day, 1))).isEmpty();
    assertThat(refusal(position("t", day, day, 500))).isEmpty();
    assertThat(refusal(position("t".repeat(201), day, day, 0)))
        .containsExactly(
            new Violation("title", "field.tooLong"),
            new Violation("places", "position.places.invalid"));
    assertThat(refusal(position("t", day, day, 501)))
        .containsExactly(new Violation("places", "position.places.invalid"));
    assertThat(refusal(position("t", day, day, null)))
        .containsExactly(new Violation("places", "position.places.invalid"));
  }

  @Test
  void aPositionEndsOnOrAfterItsStart() {
    LocalDate day = LocalDate.of(2027, 5, 10);
    assertThat(refusal(position("t", day, day.minusDays(1), 1)))
        .containsExactly(new Violation("endsOn", "cohort.endsBeforeStart"));
    assertThat(refusal(position("t", null, day, 1)))
        .containsExactly(new Violation("startsOn", "date.invalid"));
    assertThat(refusal(new NewPosition(1, 2, " ", null, day, null, 1)))
        .containsExactly(
            new Violation("title", "position.title.required"),
            new Violation("field", "position.field.required"),
            new Violation("endsOn", "date.invalid"));
  }

  @Test
  void theLastFreePlaceMayBeOffered() {
    Placement p = applied();
    position.move(p, PlacementStatus.SHORTLISTED, 0, Fixtures.NOW);

    position.move(p, PlacementStatus.OFFERED, 0, Fixtures.NOW);

    assertThat(p.status()).isEqualTo(PlacementStatus.OFFERED);
  }

  @Test
  void aPlacementForAnotherPositionIsNotMovedHere() {
    Position other =
        Fixtures.withId(
            new Position(
                position("Other", LocalDate.of(2027, 5, 10), LocalDate.of(2027, 8, 6), 5),
                Fixtures.NOW));
    Placement p = applied();

    assertThatThrownBy(() -> other.move(p, PlacementStatus.SHORTLISTED, 0, Fixtures.NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(p.status()).isEqualTo(PlacementStatus.APPLIED);
  }

  @Test
  void anApplicationNamesThePositionAndTheStudent() {
    Participant student = Fixtures.person("st@e.ntu.edu.sg", "U7654321C");

    Placement p = new Placement(position, student, Fixtures.NOW);

    assertThat(p.positionId()).isEqualTo(position.id());
    assertThat(p.participantId()).isEqualTo(student.id());
    assertThat(p.status()).isEqualTo(PlacementStatus.APPLIED);
  }

  @Test
  void aStudentMayWithdrawAtAnyStepBeforeCompletion() {
    Placement p = accepted();

    position.move(p, PlacementStatus.WITHDRAWN, 1, Fixtures.NOW);

    assertThat(p.status()).isEqualTo(PlacementStatus.WITHDRAWN);
    assertThat(Placement.nextSteps(PlacementStatus.WITHDRAWN)).isEmpty();
    assertThat(Placement.nextSteps(PlacementStatus.COMPLETED)).isEmpty();
    assertThat(Placement.nextSteps(PlacementStatus.APPLIED))
        .containsExactlyInAnyOrder(PlacementStatus.SHORTLISTED, PlacementStatus.WITHDRAWN);
    assertThatThrownBy(() -> position.move(p, PlacementStatus.APPLIED, 0, Fixtures.NOW))
        .hasMessage("placement.wrongStep");
  }

  @Test
  void ratingsFromOneToFiveAreKeptWithTheirComments() {
    Placement p = accepted();

    p.evaluate(EvaluationKind.MID_TERM, 1, " Slow start ", Fixtures.NOW);
    p.evaluate(EvaluationKind.FINAL, 5, "c".repeat(2000), Fixtures.NOW);

    assertThat(p.midRating()).isEqualTo(1);
    assertThat(p.midComment()).isEqualTo("Slow start");
    assertThat(p.finalRating()).isEqualTo(5);
    assertThat(p.finalComment()).hasSize(2000);
  }

  @Test
  void aBlankCommentIsKeptAsNothing() {
    Placement p = accepted();

    p.evaluate(EvaluationKind.FINAL, 3, "  ", Fixtures.NOW);

    assertThat(p.finalComment()).isNull();
    assertThat(p.finalRating()).isEqualTo(3);
    assertThat(p.midRating()).isNull();
  }

  @Test
  void anEvaluationNeedsAKindARatingInRangeAndACommentOfAtMost2000Characters() {
    Placement p = accepted();

    assertThat(evaluationRefusal(p, null, 3, null))
        .containsExactly(new Violation("kind", "field.required"));
    assertThat(evaluationRefusal(p, EvaluationKind.FINAL, 0, null))
        .containsExactly(new Violation("rating", "evaluation.rating.invalid"));
    assertThat(evaluationRefusal(p, EvaluationKind.FINAL, null, null))
        .containsExactly(new Violation("rating", "evaluation.rating.invalid"));
    assertThat(evaluationRefusal(p, EvaluationKind.FINAL, 4, "c".repeat(2001)))
        .containsExactly(new Violation("comment", "field.tooLong"));
    assertThat(p.finalRating()).isNull();
  }

  private static java.util.List<Violation> evaluationRefusal(
      Placement p, EvaluationKind kind, Integer rating, String comment) {
    try {
      p.evaluate(kind, rating, comment, Fixtures.NOW);
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return java.util.List.of();
  }
}
