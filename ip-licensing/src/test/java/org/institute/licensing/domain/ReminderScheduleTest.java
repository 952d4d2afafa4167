package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which reminder goes out on which day, and that a job that was down catches up once. */
class ReminderScheduleTest {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
  private static final List<Integer> OFFSETS = List.of(30, 7);

  @Test
  void theStageIsTheSmallestOffsetWhoseDayHasCome() {
    assertThat(ReminderSchedule.stage(DUE, DUE.minusDays(31), OFFSETS)).isEmpty();
    assertThat(ReminderSchedule.stage(DUE, DUE.minusDays(30), OFFSETS)).hasValue(30);
    assertThat(ReminderSchedule.stage(DUE, DUE.minusDays(8), OFFSETS)).hasValue(30);
    assertThat(ReminderSchedule.stage(DUE, DUE.minusDays(7), OFFSETS)).hasValue(7);
    assertThat(ReminderSchedule.stage(DUE, DUE, OFFSETS)).hasValue(7);
    assertThat(ReminderSchedule.stage(DUE, DUE.plusDays(1), OFFSETS)).isEmpty();
  }

  /** Runs the job on the given days against a reminder log, as the service does. */
  private static List<String> run(List<LocalDate> days, Set<String> log) {
    List<String> sent = new ArrayList<>();
    for (LocalDate day : days) {
      OptionalInt stage = ReminderSchedule.stage(DUE, day, OFFSETS);
      if (stage.isPresent() && log.add(DUE + "/" + stage.getAsInt())) {
        sent.add(day + ":" + stage.getAsInt());
      }
    }
    return sent;
  }

  @Test
  void aDailyJobSendsEachStageOnItsDay() {
    List<LocalDate> every = new ArrayList<>();
    for (LocalDate d = DUE.minusDays(40); !d.isAfter(DUE.plusDays(5)); d = d.plusDays(1)) {
      every.add(d);
    }
    assertThat(run(every, new HashSet<>()))
        .containsExactly(DUE.minusDays(30) + ":30", DUE.minusDays(7) + ":7");
  }

  @Test
  void aJobThatWasDownOnTheDayCatchesUpOnceOnTheNextRun() {
    Set<String> log = new HashSet<>();
    // down from 35 to 26 days before: the 30-day reminder goes out 25 days before, once
    List<String> sent =
        run(
            List.of(DUE.minusDays(36), DUE.minusDays(25), DUE.minusDays(24), DUE.minusDays(20)),
            log);
    assertThat(sent).containsExactly(DUE.minusDays(25) + ":30");
    // a second node running the same day finds the log entry
    assertThat(run(List.of(DUE.minusDays(20)), log)).isEmpty();
  }

  @Test
  void aLongOutageSendsOneReminderNotOneForEveryMissedStage() {
    Set<String> log = new HashSet<>();
    assertThat(run(List.of(DUE.minusDays(40), DUE.minusDays(3), DUE.minusDays(2)), log))
        .containsExactly(DUE.minusDays(3) + ":7");
  }
}
