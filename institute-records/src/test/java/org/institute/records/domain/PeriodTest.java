package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static Period period(String from, String to) {
    return new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @Test
  void periodsThatShareOneDayOverlap() {
    assertThat(period("2022-01-01", "2022-06-30").overlaps(period("2022-06-30", "2022-12-31")))
        .isTrue();
    assertThat(period("2022-06-30", "2022-12-31").overlaps(period("2022-01-01", "2022-06-30")))
        .isTrue();
  }

  @Test
  void periodsThatFollowEachOtherDoNotOverlap() {
    assertThat(period("2022-01-01", "2022-06-30").overlaps(period("2022-07-01", null))).isFalse();
    assertThat(period("2022-07-01", null).overlaps(period("2022-01-01", "2022-06-30"))).isFalse();
  }

  @Test
  void anOpenEndedPeriodOverlapsEverythingAfterItsStart() {
    assertThat(period("2021-07-01", null).overlaps(period("2030-01-01", "2030-01-01"))).isTrue();
    assertThat(period("2021-07-01", null).overlaps(period("2020-01-01", null))).isTrue();
    assertThat(period("2021-07-01", null).overlaps(period("2020-01-01", "2021-06-30"))).isFalse();
  }

  @Test
  void aPeriodInsideAnotherOverlapsIt() {
    assertThat(period("2022-01-01", "2022-12-31").overlaps(period("2022-03-01", "2022-03-31")))
        .isTrue();
  }

  @Test
  void aPeriodCoversItsFirstAndLastDay() {
    Period p = period("2022-01-01", "2022-12-31");
    assertThat(p.covers(LocalDate.parse("2022-01-01"))).isTrue();
    assertThat(p.covers(LocalDate.parse("2022-12-31"))).isTrue();
    assertThat(p.covers(LocalDate.parse("2023-01-01"))).isFalse();
    assertThat(period("2022-01-01", null).covers(LocalDate.parse("2099-01-01"))).isTrue();
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> period("2022-02-01", "2022-01-31"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPeriodIsWrittenFromToAndOpenEndedWithoutAnEnd() {
    assertThat(period("2024-01-01", "2024-12-31")).hasToString("2024-01-01..2024-12-31");
    assertThat(period("2024-01-01", null)).hasToString("2024-01-01..");
  }
}
