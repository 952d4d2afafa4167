package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.Violation;
import org.institute.talent.CohortStatus;
import org.institute.talent.NewCohort;
import org.junit.jupiter.api.Test;

/** The dates, capacity, fee and placement target a cohort accepts, and what it keeps of them. */
class CohortRulesTest {

  private static final LocalDate STARTS = LocalDate.of(2026, 3, 2);
  private static final LocalDate ENDS = LocalDate.of(2026, 6, 30);
  private static final LocalDate OPENS = LocalDate.of(2026, 1, 1);
  private static final LocalDate CLOSES = LocalDate.of(2026, 2, 28);

  private static NewCohort command(
      String name,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate open,
      LocalDate close,
      Integer capacity,
      Money fee) {
    return new NewCohort(7, name, null, startsOn, endsOn, open, close, capacity, fee, null);
  }

  private static NewCohort valid() {
    return command("2026 intake", STARTS, ENDS, OPENS, CLOSES, 20, null);
  }

  private static List<Violation> problems(NewCohort c) {
    List<Violation> problems = new ArrayList<>();
    Cohort.checkDates(c, problems);
    return problems;
  }

  private static NewCohort withCapacity(Integer capacity) {
    return command("2026 intake", STARTS, ENDS, OPENS, CLOSES, capacity, null);
  }

  private static NewCohort withName(String name) {
    return command(name, STARTS, ENDS, OPENS, CLOSES, 20, null);
  }

  private static NewCohort withChineseName(String nameZh) {
    return new NewCohort(7, "2026 intake", nameZh, STARTS, ENDS, OPENS, CLOSES, 20, null, null);
  }

  @Test
  void theChineseNameIsOptionalAtMostTwoHundredAndKeptTrimmed() {
    assertThat(problems(withChineseName(null))).isEmpty();
    assertThat(problems(withChineseName("班".repeat(200)))).isEmpty();
    assertThat(problems(withChineseName("班".repeat(201))))
        .containsExactly(new Violation("nameZh", "field.tooLong"));
    Cohort named = new Cohort(withChineseName(" 2026年春季班 "), java.time.Instant.EPOCH);
    assertThat(named.names().zh()).isEqualTo("2026年春季班");
    assertThat(named.names().in("zh-CN")).isEqualTo("2026年春季班");
    assertThat(new Cohort(withChineseName(" "), java.time.Instant.EPOCH).names().zh()).isNull();
  }

  private static NewCohort withFee(String amount) {
    return command("2026 intake", STARTS, ENDS, OPENS, CLOSES, 20, Money.of(amount, "SGD"));
  }

  @Test
  void aWellFormedCohortHasNoProblems() {
    assertThat(problems(valid())).isEmpty();
    assertThatCode(() -> Cohort.requireValid(valid())).doesNotThrowAnyException();
  }

  @Test
  void aNameIsRequiredAndAtMost200Characters() {
    assertThat(problems(withName(null)))
        .containsExactly(new Violation("name", "cohort.name.required"));
    assertThat(problems(withName("   ")))
        .containsExactly(new Violation("name", "cohort.name.required"));
    assertThat(problems(withName(" " + "n".repeat(200) + " "))).isEmpty();
    assertThat(problems(withName("n".repeat(201))))
        .containsExactly(new Violation("name", "field.tooLong"));
  }

  @Test
  void capacityRunsFromOneToTenThousand() {
    Violation invalid = new Violation("capacity", "cohort.capacity.invalid");
    assertThat(problems(withCapacity(null))).containsExactly(invalid);
    assertThat(problems(withCapacity(0))).containsExactly(invalid);
    assertThat(problems(withCapacity(1))).isEmpty();
    assertThat(problems(withCapacity(10_000))).isEmpty();
    assertThat(problems(withCapacity(10_001))).containsExactly(invalid);
  }

  @Test
  void missingDatesAreEachNamed() {
    assertThat(problems(command("x", null, null, null, null, 20, null)))
        .containsExactly(
            new Violation("startsOn", "date.invalid"),
            new Violation("endsOn", "date.invalid"),
            new Violation("applicationsOpen", "date.invalid"),
            new Violation("applicationsClose", "date.invalid"));
  }

  @Test
  void aCohortMayEndOnItsFirstDayButNotBeforeIt() {
    assertThat(problems(command("x", STARTS, STARTS, OPENS, OPENS, 20, null))).isEmpty();
    assertThat(problems(command("x", STARTS, STARTS.minusDays(1), OPENS, OPENS, 20, null)))
        .containsExactly(new Violation("endsOn", "cohort.endsBeforeStart"));
  }

  @Test
  void anEndWithoutAStartIsNotComparedWithIt() {
    assertThat(problems(command("x", null, ENDS, OPENS, CLOSES, 20, null)))
        .containsExactly(new Violation("startsOn", "date.invalid"));
  }

  @Test
  void theApplicationWindowMayBeOneDayButNotReversed() {
    assertThat(problems(command("x", STARTS, ENDS, CLOSES, CLOSES, 20, null))).isEmpty();
    assertThat(problems(command("x", STARTS, ENDS, CLOSES, CLOSES.minusDays(1), 20, null)))
        .containsExactly(new Violation("applicationsClose", "cohort.windowReversed"));
  }

  @Test
  void applicationsCloseAtTheLatestOnTheLastDay() {
    assertThat(problems(command("x", STARTS, ENDS, OPENS, ENDS, 20, null))).isEmpty();
    assertThat(problems(command("x", STARTS, ENDS, OPENS, ENDS.plusDays(1), 20, null)))
        .containsExactly(new Violation("applicationsClose", "cohort.windowAfterEnd"));
  }

  @Test
  void aWindowClosingAfterTheEndIsRefusedEvenWithoutAnOpeningDate() {
    assertThat(problems(command("x", STARTS, ENDS, null, ENDS.plusDays(1), 20, null)))
        .containsExactly(
            new Violation("applicationsOpen", "date.invalid"),
            new Violation("applicationsClose", "cohort.windowAfterEnd"));
  }

  @Test
  void aWindowWithoutAnEndIsNotComparedWithIt() {
    assertThat(problems(command("x", STARTS, null, OPENS, ENDS.plusYears(1), 20, null)))
        .containsExactly(new Violation("endsOn", "date.invalid"));
  }

  @Test
  void aFeeMustBePositiveToTheCent() {
    Violation invalid = new Violation("fee", "cohort.fee.invalid");
    assertThat(problems(withFee("0.00"))).containsExactly(invalid);
    assertThat(problems(withFee("-0.01"))).containsExactly(invalid);
    assertThat(problems(withFee("0.01"))).isEmpty();
  }

  @Test
  void requireValidRefusesWithEveryProblem() {
    assertThatThrownBy(() -> Cohort.requireValid(command(" ", STARTS, ENDS, OPENS, null, 0, null)))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .extracting(Violation::field)
                    .containsExactly("name", "capacity", "applicationsClose"));
  }

  @Test
  void aNewCohortKeepsTheCommandTrimmedAndStartsPlannedWithNobody() {
    Cohort cohort =
        new Cohort(command("  2026 intake ", STARTS, ENDS, OPENS, CLOSES, 12, null), Fixtures.NOW);

    assertThat(cohort.programmeId()).isEqualTo(7);
    assertThat(cohort.name()).isEqualTo("2026 intake");
    assertThat(cohort.startsOn()).isEqualTo(STARTS);
    assertThat(cohort.endsOn()).isEqualTo(ENDS);
    assertThat(cohort.applicationsOpen()).isEqualTo(OPENS);
    assertThat(cohort.applicationsClose()).isEqualTo(CLOSES);
    assertThat(cohort.capacity()).isEqualTo(12);
    assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
    assertThat(cohort.enrolledCount()).isZero();
    assertThat(cohort.seatsLeft()).isEqualTo(12);
    assertThat(cohort.fee()).isEmpty();
  }

  @Test
  void theFeeIsKeptExactToTheCentInItsCurrency() {
    Cohort cohort =
        new Cohort(
            command("x", STARTS, ENDS, OPENS, CLOSES, 12, Money.of("1234.56", "CNY")),
            Fixtures.NOW);

    assertThat(cohort.fee()).isPresent();
    Money fee = cohort.fee().orElseThrow();
    assertThat(fee.amount()).isEqualByComparingTo(new BigDecimal("1234.56"));
    assertThat(fee.currency()).isEqualTo(Currency.getInstance("CNY"));
  }

  @Test
  void seatsLeftCountDownAsParticipantsAreSeated() {
    Cohort cohort = Fixtures.cohort(3);
    Programme programme = Fixtures.programme(org.institute.talent.Eligibility.OPEN);
    Fixtures.Book book = new Fixtures.Book();

    book.admit(cohort, programme, Fixtures.person("a@example.com", null));

    assertThat(cohort.seatsLeft()).isEqualTo(2);
  }

  @Test
  void thePlacementTargetIsTheCapacityUntilOneIsSet() {
    Cohort cohort = Fixtures.cohort(40);
    assertThat(cohort.placementTarget()).isEqualTo(40);

    cohort.aimForPlacements(25);

    assertThat(cohort.placementTarget()).isEqualTo(25);
  }

  @Test
  void aPlacementTargetRunsFromOneToTenThousand() {
    Cohort cohort = Fixtures.cohort(40);
    cohort.aimForPlacements(1);
    assertThat(cohort.placementTarget()).isEqualTo(1);
    cohort.aimForPlacements(10_000);
    assertThat(cohort.placementTarget()).isEqualTo(10_000);

    for (Integer bad : new Integer[] {null, 0, 10_001}) {
      assertThatThrownBy(() -> cohort.aimForPlacements(bad))
          .isInstanceOf(InvalidCommandException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidCommandException) e).violations())
                      .containsExactly(new Violation("target", "cohort.target.invalid")));
    }
    assertThat(cohort.placementTarget()).isEqualTo(10_000);
  }

  @Test
  void aCancelledOrCompletedCohortKeepsItsStatus() {
    for (CohortStatus closed :
        new CohortStatus[] {CohortStatus.CANCELLED, CohortStatus.COMPLETED}) {
      Cohort cohort = Fixtures.cohort(5);
      cohort.changeStatus(closed);

      assertThatThrownBy(() -> cohort.changeStatus(CohortStatus.OPEN))
          .isInstanceOf(ConflictException.class)
          .hasMessage("cohort.closed");
      assertThat(cohort.status()).isEqualTo(closed);
    }
  }

  @Test
  void aRunningCohortStillTakesEnrolments() {
    Cohort cohort = Fixtures.cohort(5);
    cohort.changeStatus(CohortStatus.RUNNING);

    Enrolment e =
        new Fixtures.Book()
            .admit(
                cohort,
                Fixtures.programme(org.institute.talent.Eligibility.OPEN),
                Fixtures.person("late@example.com", null));

    assertThat(e.state()).isEqualTo(org.institute.talent.EnrolmentState.ENROLLED);
  }
}
