package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void licenceYearsStartAtTheTermAndSplitIntoQuarters() {
    List<ReportingPeriod> periods =
        ReportingPeriod.of(
            LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), LocalDate.of(2020, 6, 2));

    assertThat(periods).hasSize(8);
    assertThat(periods.get(0))
        .isEqualTo(
            new ReportingPeriod(
                1,
                1,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 3, 31),
                LocalDate.of(2021, 12, 31)));
    assertThat(periods.get(3).closesYear()).isTrue();
    assertThat(periods.get(2).closesYear()).isFalse();
    assertThat(periods.get(4).licenceYear()).isEqualTo(2);
  }

  @Test
  void aDealSignedAfterTheTermStartsCountsFromTheSigning() {
    List<ReportingPeriod> periods =
        ReportingPeriod.of(
            LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), LocalDate.of(2020, 8, 15));

    assertThat(periods.get(0).start()).isEqualTo(LocalDate.of(2020, 8, 15));
    assertThat(periods.get(0).end()).isEqualTo(LocalDate.of(2020, 11, 14));
    assertThat(periods.get(3).end()).isEqualTo(LocalDate.of(2021, 8, 14));
  }

  @Test
  void theLastYearIsCutAtTheTermsEndAndItsLastPeriodClosesIt() {
    List<ReportingPeriod> periods =
        ReportingPeriod.of(
            LocalDate.of(2021, 1, 1), LocalDate.of(2022, 5, 10), LocalDate.of(2020, 6, 2));

    ReportingPeriod last = periods.get(periods.size() - 1);
    assertThat(periods).hasSize(6);
    assertThat(last.start()).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(last.end()).isEqualTo(LocalDate.of(2022, 5, 10));
    assertThat(last.closesYear()).isTrue();
  }

  @Test
  void periodsFollowEachOtherWithoutGapOrOverlap() {
    List<ReportingPeriod> periods =
        ReportingPeriod.of(
            LocalDate.of(2020, 2, 29), LocalDate.of(2025, 11, 30), LocalDate.of(2020, 1, 1));

    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).start()).isEqualTo(periods.get(i - 1).end().plusDays(1));
    }
    assertThat(periods.get(periods.size() - 1).end()).isEqualTo(LocalDate.of(2025, 11, 30));
  }
}
