package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reminders of reports and invoices before and after their due date, each stage once. */
class DueReminderScheduleTest {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
  private static final List<Integer> STAGES = List.of(-7, 1, 30);

  @Test
  void theStageIsTheLatestWhoseDayHasCome() {
    assertThat(DueReminderSchedule.stage(DUE, DUE.minusDays(8), STAGES)).isEmpty();
    assertThat(DueReminderSchedule.stage(DUE, DUE.minusDays(7), STAGES)).hasValue(-7);
    assertThat(DueReminderSchedule.stage(DUE, DUE, STAGES)).hasValue(-7);
    assertThat(DueReminderSchedule.stage(DUE, DUE.plusDays(1), STAGES)).hasValue(1);
    assertThat(DueReminderSchedule.stage(DUE, DUE.plusDays(29), STAGES)).hasValue(1);
    assertThat(DueReminderSchedule.stage(DUE, DUE.plusDays(30), STAGES)).hasValue(30);
    assertThat(DueReminderSchedule.stage(DUE, DUE.plusDays(300), STAGES)).hasValue(30);
  }

  /** Runs the job on the given days against a log, as the service does. */
  private static List<String> run(List<LocalDate> days, Set<String> log) {
    List<String> sent = new ArrayList<>();
    for (LocalDate day : days) {
      OptionalInt stage = DueReminderSchedule.stage(DUE, day, STAGES);
      if (stage.isPresent() && log.add(DUE + "/" + stage.getAsInt())) {
        sent.add(day + ":" + stage.getAsInt());
      }
    }
    return sent;
  }

  @Test
  void aDailyJobSendsEachStageOnItsDayAndOnce() {
    List<LocalDate> everyDay = new ArrayList<>();
    for (LocalDate d = DUE.minusDays(20); !d.isAfter(DUE.plusDays(60)); d = d.plusDays(1)) {
      everyDay.add(d);
      everyDay.add(d); // a second run the same day
    }
    assertThat(run(everyDay, new HashSet<>()))
        .containsExactly(
            DUE.minusDays(7) + ":-7", DUE.plusDays(1) + ":1", DUE.plusDays(30) + ":30");
  }

  @Test
  void aJobThatWasDownCatchesUpTheLatestStageOnly() {
    // down from 10 days before to 31 days after: one mail, the 30-day stage
    assertThat(run(List.of(DUE.minusDays(10), DUE.plusDays(31), DUE.plusDays(32)), new HashSet<>()))
        .containsExactly(DUE.plusDays(31) + ":30");
  }

  @Test
  void aSecondNodeSharingTheLogSendsNothingMore() {
    Set<String> log = new HashSet<>();
    assertThat(run(List.of(DUE.plusDays(1)), log)).hasSize(1);
    assertThat(run(List.of(DUE.plusDays(1), DUE.plusDays(2)), log)).isEmpty();
  }

  @Test
  void theSettingIsReadLeniently() {
    assertThat(DueReminderSchedule.parse(" 30, -7 ,1,1, x, 999,-400")).containsExactly(-7, 1, 30);
    assertThat(DueReminderSchedule.parse("")).isEmpty();
    assertThat(DueReminderSchedule.parse(null)).isEmpty();
  }
}
