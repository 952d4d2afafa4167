package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.institute.licensing.ReportTimeliness;
import org.junit.jupiter.api.Test;

/** When a quarterly report is due and whether it was filed on time (decision 0104). */
class ReportDeadlineTest {

  private static final ReportingPeriod Q1 =
      new ReportingPeriod(
          1, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 12, 31));
  private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

  @Test
  void aReportIsDueTheGivenDaysAfterItsPeriodEnds() {
    assertThat(ReportDeadline.due(Q1, 30)).isEqualTo(DUE);
    assertThat(ReportDeadline.due(Q1, 0)).isEqualTo(Q1.end());
  }

  @Test
  void filedByTheDueDateIsOnTimeAndAfterItLate() {
    assertThat(ReportDeadline.timeliness(DUE, DUE, DUE.plusDays(90)))
        .isEqualTo(ReportTimeliness.ON_TIME);
    assertThat(ReportDeadline.timeliness(DUE, DUE.plusDays(1), DUE.plusDays(90)))
        .isEqualTo(ReportTimeliness.LATE);
  }

  @Test
  void notFiledIsOverdueOnlyAfterTheDueDate() {
    assertThat(ReportDeadline.timeliness(DUE, null, DUE)).isEqualTo(ReportTimeliness.NOT_DUE);
    assertThat(ReportDeadline.timeliness(DUE, null, DUE.plusDays(1)))
        .isEqualTo(ReportTimeliness.OVERDUE);
  }
}
