package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.talent.CohortChanges;
import org.institute.talent.CohortStatus;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentState;
import org.junit.jupiter.api.Test;

/** A cohort's names, dates, capacity and fee changed after it was opened. */
class CohortRevisionTest {

  private final Programme programme = Fixtures.programme(Eligibility.OPEN);
  private final Fixtures.Book book = new Fixtures.Book();

  private static CohortChanges changes(int capacity, Money fee) {
    return new CohortChanges(
        "Spring intake",
        "春季班",
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 7, 31),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 2, 20),
        capacity,
        fee);
  }

  private List<Enrolment> admitted(Cohort cohort, int n) {
    List<Enrolment> e = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      e.add(book.admit(cohort, programme, Fixtures.person("r" + i + "@example.com", null)));
    }
    return e;
  }

  @Test
  void aRevisionTakesTheNewNamesDatesCapacityAndFee() {
    Cohort cohort = Fixtures.cohort(3);

    List<Enrolment> seated = cohort.revise(changes(5, Money.of("100", "SGD")), book, Fixtures.NOW);

    assertThat(seated).isEmpty();
    assertThat(cohort.names().en()).isEqualTo("Spring intake");
    assertThat(cohort.names().zh()).isEqualTo("春季班");
    assertThat(cohort.endsOn()).isEqualTo(LocalDate.of(2027, 7, 31));
    assertThat(cohort.applicationsClose()).isEqualTo(LocalDate.of(2027, 2, 20));
    assertThat(cohort.capacity()).isEqualTo(5);
    assertThat(cohort.fee()).contains(Money.of("100", "SGD"));
    cohort.revise(changes(5, null), book, Fixtures.NOW);
    assertThat(cohort.fee()).isEmpty();
  }

  @Test
  void aCapacityBelowTheSeatsTakenIsRefusedNamingTheField() {
    Cohort cohort = Fixtures.cohort(3);
    admitted(cohort, 3);

    assertThatThrownBy(() -> cohort.revise(changes(2, null), book, Fixtures.NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + ":" + v.messageKey())
                    .containsExactly("capacity:cohort.capacity.belowEnrolled"));
    assertThat(cohort.capacity()).isEqualTo(3);
    assertThat(cohort.revise(changes(3, null), book, Fixtures.NOW)).isEmpty();
  }

  @Test
  void aLargerCapacitySeatsThoseWaitingInTheirOrder() {
    Cohort cohort = Fixtures.cohort(1);
    List<Enrolment> e = admitted(cohort, 4);

    List<Enrolment> seated = cohort.revise(changes(3, null), book, Fixtures.NOW);

    assertThat(seated).containsExactly(e.get(1), e.get(2));
    assertThat(e.get(3).state()).isEqualTo(EnrolmentState.WAITLISTED);
    assertThat(cohort.enrolledCount()).isEqualTo(3);
    assertThat(cohort.waitlistLength()).isEqualTo(1);
  }

  @Test
  void aClosedCohortIsNotRevised() {
    Cohort cohort = Fixtures.cohort(3);
    cohort.changeStatus(CohortStatus.CANCELLED);

    assertThatThrownBy(() -> cohort.revise(changes(3, null), book, Fixtures.NOW))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cohort.closed");
  }
}
