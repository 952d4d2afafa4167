package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.talent.CohortStatus;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentState;
import org.junit.jupiter.api.Test;

class CohortTest {

  private final Programme programme = Fixtures.programme(Eligibility.OPEN);
  private final Fixtures.Book book = new Fixtures.Book();

  private List<Participant> people(int n) {
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(Fixtures.person("p" + i + "@example.com", null));
    }
    return people;
  }

  @Test
  void capacityIsNeverExceededAndTheRestAreWaitlistedInOrder() {
    Cohort cohort = Fixtures.cohort(3);
    List<Participant> people = people(5);

    List<Enrolment> results = people.stream().map(p -> book.admit(cohort, programme, p)).toList();

    assertThat(results)
        .extracting(Enrolment::state)
        .containsExactly(
            EnrolmentState.ENROLLED,
            EnrolmentState.ENROLLED,
            EnrolmentState.ENROLLED,
            EnrolmentState.WAITLISTED,
            EnrolmentState.WAITLISTED);
    assertThat(cohort.enrolledCount()).isEqualTo(3);
    assertThat(results.get(3).waitlistTicket()).isLessThan(results.get(4).waitlistTicket());
  }

  @Test
  void theCohortsOwnCountersGiveSeatsUpToCapacityThenTicketsWithTheirPositions() {
    Cohort cohort = Fixtures.cohort(2);
    Seats seats = cohort.lockedSeats();
    long id = cohort.id();

    assertThat(seats.claim(id)).contains(Seats.Place.seat());
    assertThat(seats.claim(id)).contains(Seats.Place.seat());
    assertThat(seats.claim(id)).contains(Seats.Place.waiting(1, 1));
    assertThat(seats.claim(id)).contains(Seats.Place.waiting(2, 2));
    assertThat(cohort.waitlistTicketsIssued()).isEqualTo(2);
    assertThat(cohort.waitlistLength()).isEqualTo(2);
    assertThat(cohort.enrolledCount()).isEqualTo(2);
    assertThat(cohort.seatsLeft()).isZero();
  }

  @Test
  void theCohortsOwnCountersRefuseAClosedCohortAndAnotherCohortsId() {
    Cohort cohort = Fixtures.cohort(2);
    Seats seats = cohort.lockedSeats();

    assertThatThrownBy(() -> seats.claim(cohort.id() + 1))
        .isInstanceOf(IllegalArgumentException.class);
    cohort.changeStatus(CohortStatus.CANCELLED);
    assertThat(seats.claim(cohort.id())).isEmpty();
    assertThat(cohort.enrolledCount()).isZero();
  }

  @Test
  void aPlaceFromTheStoredCountersDecidesSeatOrLineAndThisCopyIsUntouched() {
    Cohort cohort = Fixtures.cohort(1);
    List<Participant> people = people(2);

    Admission seated =
        cohort.admit(
            programme,
            people.get(0),
            Optional.empty(),
            id -> Optional.of(Seats.Place.seat()),
            Fixtures.NOW);
    Admission waiting =
        cohort.admit(
            programme,
            people.get(1),
            Optional.empty(),
            id -> Optional.of(Seats.Place.waiting(12, 5)),
            Fixtures.NOW);

    assertThat(seated.enrolment().state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(seated.waitlistPosition()).isNull();
    assertThat(waiting.enrolment().state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(waiting.enrolment().waitlistTicket()).isEqualTo(12);
    assertThat(waiting.waitlistPosition()).isEqualTo(5);
    // the stored counters changed, not this copy
    assertThat(cohort.enrolledCount()).isZero();
    assertThat(cohort.waitlistLength()).isZero();
  }

  @Test
  void countersThatFindTheCohortClosedRefuseTheEnrolment() {
    Cohort cohort = Fixtures.cohort(1);

    assertThatThrownBy(
            () ->
                cohort.admit(
                    programme,
                    people(1).get(0),
                    Optional.empty(),
                    id -> Optional.empty(),
                    Fixtures.NOW))
        .isInstanceOfSatisfying(
            ConflictException.class,
            c -> assertThat(c.messageKey()).isEqualTo("cohort.notTakingEnrolments"));
  }

  @Test
  void aPlaceInLineIsNeverBeyondItsTicket() {
    assertThatThrownBy(() -> Seats.Place.waiting(3, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Seats.Place.waiting(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Seats.Place.waiting(1, 1).seated()).isFalse();
  }

  @Test
  void theLineShortensWhenSomeoneWaitingLeavesOrIsPromoted() {
    Cohort cohort = Fixtures.cohort(1);
    List<Enrolment> e = people(4).stream().map(p -> book.admit(cohort, programme, p)).toList();
    assertThat(cohort.waitlistLength()).isEqualTo(3);

    cohort.withdraw(e.get(2), book, Fixtures.NOW);
    assertThat(cohort.waitlistLength()).isEqualTo(2);
    cohort.withdraw(e.get(0), book, Fixtures.NOW); // the first waiting takes the seat
    assertThat(cohort.waitlistLength()).isEqualTo(1);
    assertThat(e.get(1).state()).isEqualTo(EnrolmentState.ENROLLED);
  }

  @Test
  void withdrawalPromotesTheFirstWaitlistedOnly() {
    Cohort cohort = Fixtures.cohort(2);
    List<Enrolment> e = people(5).stream().map(p -> book.admit(cohort, programme, p)).toList();

    var promoted = cohort.withdraw(e.get(0), book, Fixtures.NOW);

    assertThat(promoted).containsSame(e.get(2));
    assertThat(e.get(2).state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(e.get(3).state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(book.count(EnrolmentState.ENROLLED)).isEqualTo(2);
    assertThat(cohort.enrolledCount()).isEqualTo(2);
  }

  @Test
  void withdrawingAWaitlistedParticipantPromotesNobody() {
    Cohort cohort = Fixtures.cohort(1);
    List<Enrolment> e = people(3).stream().map(p -> book.admit(cohort, programme, p)).toList();

    assertThat(cohort.withdraw(e.get(1), book, Fixtures.NOW)).isEmpty();

    assertThat(e.get(2).state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(book.first(cohort.id())).containsSame(e.get(2));
  }

  @Test
  void withdrawingTwiceIsAConflict() {
    Cohort cohort = Fixtures.cohort(1);
    Enrolment e = book.admit(cohort, programme, people(1).get(0));
    cohort.withdraw(e, book, Fixtures.NOW);

    assertThatThrownBy(() -> cohort.withdraw(e, book, Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("enrolment.notActive");
    assertThat(cohort.enrolledCount()).isZero();
  }

  @Test
  void nobodyIsEnrolledTwiceInOneCohort() {
    Cohort cohort = Fixtures.cohort(5);
    Participant p = people(1).get(0);
    book.admit(cohort, programme, p);

    assertThatThrownBy(() -> book.admit(cohort, programme, p))
        .isInstanceOf(ConflictException.class)
        .hasMessage("enrolment.duplicate");
    assertThat(cohort.enrolledCount()).isEqualTo(1);
  }

  @Test
  void aWithdrawnParticipantMayComeBackToTheEndOfTheLine() {
    Cohort cohort = Fixtures.cohort(1);
    List<Participant> people = people(2);
    Enrolment first = book.admit(cohort, programme, people.get(0));
    book.admit(cohort, programme, people.get(1));
    cohort.withdraw(first, book, Fixtures.NOW);

    Enrolment back = book.admit(cohort, programme, people.get(0));

    assertThat(back).isSameAs(first);
    assertThat(back.state()).isEqualTo(EnrolmentState.WAITLISTED);
  }

  @Test
  void theInternshipProgrammeTakesNtuStudentsOnly() {
    Programme internship = Fixtures.programme(Eligibility.NTU_STUDENTS);
    Cohort cohort = Fixtures.cohort(5);

    assertThatThrownBy(
            () -> book.admit(cohort, internship, Fixtures.person("guest@example.com", null)))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations().get(0).messageKey())
                    .isEqualTo("enrolment.ntuStudentsOnly"));
    assertThat(
            book.admit(cohort, internship, Fixtures.person("s@e.ntu.edu.sg", "U2012345A")).state())
        .isEqualTo(EnrolmentState.ENROLLED);
  }

  @Test
  void aPlannedCohortTakesNoEnrolments() {
    Cohort cohort = Fixtures.cohort(5);
    cohort.changeStatus(CohortStatus.PLANNED);

    assertThatThrownBy(() -> book.admit(cohort, programme, people(1).get(0)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("cohort.notTakingEnrolments");
  }

  @Test
  void completionNeedsTheProgrammesRule() {
    Cohort cohort = Fixtures.cohort(5);
    Enrolment e = book.admit(cohort, programme, people(1).get(0));
    CompletionRule rule = programme.completionRule();

    assertThatThrownBy(() -> e.complete(rule, 8, 10, Fixtures.NOW))
        .hasMessage("completion.assessmentNotPassed");
    e.recordAssessment(true, Fixtures.NOW);
    assertThatThrownBy(() -> e.complete(rule, 7, 10, Fixtures.NOW))
        .hasMessage("completion.attendanceTooLow");

    e.complete(rule, 8, 10, Fixtures.NOW);

    assertThat(e.state()).isEqualTo(EnrolmentState.COMPLETED);
  }

  @Test
  void anEnrolmentNamesItsCohortAndParticipant() {
    Cohort cohort = Fixtures.cohort(5);
    Participant p = people(1).get(0);

    Enrolment e = book.admit(cohort, programme, p);

    assertThat(e.cohortId()).isEqualTo(cohort.id());
    assertThat(e.participantId()).isEqualTo(p.id());
    assertThat(e.waitlistTicket()).isNull();
  }

  @Test
  void promotionGivesUpTheTicket() {
    Cohort cohort = Fixtures.cohort(1);
    List<Enrolment> e = people(2).stream().map(p -> book.admit(cohort, programme, p)).toList();
    assertThat(e.get(1).waitlistTicket()).isNotNull();

    cohort.withdraw(e.get(0), book, Fixtures.NOW);

    assertThat(e.get(1).state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(e.get(1).waitlistTicket()).isNull();
    assertThat(e.get(0).waitlistTicket()).isNull();
  }

  @Test
  void anEnrolmentOfAnotherCohortIsNotWithdrawnHere() {
    Cohort cohort = Fixtures.cohort(1);
    Cohort other = Fixtures.cohort(1);
    Enrolment elsewhere = book.admit(other, programme, people(1).get(0));

    assertThatThrownBy(() -> cohort.withdraw(elsewhere, book, Fixtures.NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(elsewhere.state()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(other.enrolledCount()).isEqualTo(1);
  }

  @Test
  void aSeatFreedInACohortNoLongerTakingEnrolmentsIsNotHandedOn() {
    Cohort cohort = Fixtures.cohort(1);
    List<Enrolment> e = people(2).stream().map(p -> book.admit(cohort, programme, p)).toList();
    cohort.changeStatus(CohortStatus.PLANNED);

    assertThat(cohort.withdraw(e.get(0), book, Fixtures.NOW)).isEmpty();

    assertThat(e.get(1).state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(cohort.enrolledCount()).isZero();
    assertThat(cohort.seatsLeft()).isEqualTo(1);
  }

  @Test
  void withdrawingWithNobodyWaitingLeavesTheSeatFree() {
    Cohort cohort = Fixtures.cohort(2);
    Enrolment e = book.admit(cohort, programme, people(1).get(0));

    assertThat(cohort.withdraw(e, book, Fixtures.NOW)).isEmpty();

    assertThat(e.state()).isEqualTo(EnrolmentState.WITHDRAWN);
    assertThat(cohort.seatsLeft()).isEqualTo(2);
  }

  @Test
  void onlyASeatedParticipantIsAssessedCompletedOrFailed() {
    Cohort cohort = Fixtures.cohort(1);
    List<Enrolment> e = people(2).stream().map(p -> book.admit(cohort, programme, p)).toList();
    Enrolment waiting = e.get(1);
    CompletionRule lenient = new CompletionRule(0, false);

    assertThatThrownBy(() -> waiting.recordAssessment(true, Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("enrolment.notEnrolled");
    assertThatThrownBy(() -> waiting.complete(lenient, 0, 0, Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("enrolment.notEnrolled");
    assertThatThrownBy(() -> waiting.fail(Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessage("enrolment.notEnrolled");
    assertThat(waiting.state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(waiting.assessmentPassed()).isNull();
  }

  @Test
  void aSeatedParticipantWhoFailsIsFailedAndKeepsTheAssessment() {
    Cohort cohort = Fixtures.cohort(1);
    Enrolment e = book.admit(cohort, programme, people(1).get(0));
    e.recordAssessment(false, Fixtures.NOW);

    e.fail(Fixtures.NOW);

    assertThat(e.state()).isEqualTo(EnrolmentState.FAILED);
    assertThat(e.assessmentPassed()).isFalse();
    assertThatThrownBy(() -> e.fail(Fixtures.NOW)).hasMessage("enrolment.notEnrolled");
  }

  @Test
  void aPassedAssessmentIsRemembered() {
    Cohort cohort = Fixtures.cohort(1);
    Enrolment e = book.admit(cohort, programme, people(1).get(0));

    e.recordAssessment(true, Fixtures.NOW);

    assertThat(e.assessmentPassed()).isTrue();
  }
}
