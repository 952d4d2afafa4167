package org.institute.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.institute.reporting.KpiStatus;
import org.junit.jupiter.api.Test;

class KpiProgressTest {

  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);

  @Test
  void halfwayThroughWithHalfTheTargetForecastsTheTargetAndIsOnTrack() {
    // 2021-01-01..2023-07-02 is 913 of the period's 1826 days: exactly half
    KpiProgress p = KpiProgress.of(40, 20, FROM, TO, LocalDate.of(2023, 7, 2));
    assertThat(p.progress()).isEqualTo(50);
    assertThat(p.forecast()).isEqualTo(40);
    assertThat(p.status()).isEqualTo(KpiStatus.ON_TRACK);
  }

  @Test
  void aSlowerPaceForecastsShortOfTheTargetAndIsAtRisk() {
    KpiProgress p = KpiProgress.of(100, 30, FROM, TO, LocalDate.of(2023, 7, 2));
    assertThat(p.forecast()).isEqualTo(60);
    assertThat(p.status()).isEqualTo(KpiStatus.AT_RISK);
  }

  @Test
  void reachingTheTargetIsAchievedEvenBeforeThePeriodEnds() {
    KpiProgress p = KpiProgress.of(40, 41, FROM, TO, LocalDate.of(2022, 3, 1));
    assertThat(p.status()).isEqualTo(KpiStatus.ACHIEVED);
    assertThat(p.progress()).isEqualTo(102);
  }

  @Test
  void progressIsRoundedDownSoAlmostDoneNeverShowsAsDone() {
    assertThat(KpiProgress.of(1000, 999, FROM, TO, TO).progress()).isEqualTo(99);
  }

  @Test
  void aClosedPeriodShortOfItsTargetIsMissedAndForecastsItsActual() {
    KpiProgress p = KpiProgress.of(40, 12, FROM, TO, LocalDate.of(2026, 11, 28));
    assertThat(p.forecast()).isEqualTo(12);
    assertThat(p.status()).isEqualTo(KpiStatus.MISSED);
  }

  @Test
  void beforeThePeriodStartsTheForecastIsTheActual() {
    KpiProgress p = KpiProgress.of(40, 0, FROM, TO, LocalDate.of(2020, 6, 1));
    assertThat(p.forecast()).isZero();
    assertThat(p.status()).isEqualTo(KpiStatus.AT_RISK);
  }

  @Test
  void onTheFirstDayOneRecordProjectsOverTheWholePeriod() {
    assertThat(KpiProgress.of(40, 1, FROM, TO, FROM).forecast()).isEqualTo(1826);
  }

  @Test
  void aTargetMustBePositiveAndAPeriodMustNotEndBeforeItStarts() {
    assertThatThrownBy(() -> KpiProgress.of(0, 1, FROM, TO, FROM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KpiProgress.of(1, 1, TO, FROM, FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
