package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
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
}
