package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.institute.core.InvalidCommandException;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewSession;
import org.junit.jupiter.api.Test;

/** A session moved or renamed after it was scheduled. */
class SessionRescheduleTest {

  private static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");

  private static NewSession at(LocalDateTime start, String topic, String topicZh) {
    return new NewSession(
        start, "Asia/Shanghai", 120, topic, topicZh, DeliveryMode.CHONGQING_BASE, "Hall 2", "Li");
  }

  @Test
  void aRescheduledSessionTakesItsNewStartZoneAndTopics() {
    Session session =
        Fixtures.withId(new Session(1, at(LocalDateTime.of(2026, 3, 2, 9, 0), "Pitching", null)));

    session.reschedule(at(LocalDateTime.of(2026, 4, 1, 14, 0), "Pitch day", "路演日"), NOW);

    assertThat(session.start().toString()).isEqualTo("2026-04-01T14:00+08:00[Asia/Shanghai]");
    assertThat(session.view(NOW).topic("zh-CN")).isEqualTo("路演日");
    assertThat(session.view(NOW).topic("en")).isEqualTo("Pitch day");
    assertThat(session.view(NOW).started()).isFalse();
  }

  @Test
  void everyProblemIsToldAtOnceAndNothingChanges() {
    Session session =
        Fixtures.withId(new Session(1, at(LocalDateTime.of(2026, 3, 2, 9, 0), "Pitching", null)));
    NewSession wrong = new NewSession(null, "Mars/Olympus", 5, " ", null, null, null, null);

    assertThatThrownBy(() -> session.reschedule(wrong, NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactlyInAnyOrder(
                        "zoneId", "startsAt", "durationMinutes", "topic", "deliveryMode"));
    assertThat(session.view(NOW).topic()).isEqualTo("Pitching");
  }

  @Test
  void aSessionWithAttendanceCannotMoveToAStartStillToCome() {
    Session session =
        Fixtures.withId(new Session(1, at(LocalDateTime.of(2026, 3, 2, 9, 0), "Pitching", null)));
    session.attendanceTaken();

    assertThatThrownBy(
            () -> session.reschedule(at(LocalDateTime.of(2026, 4, 1, 9, 0), "Pitching", null), NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + ":" + v.messageKey())
                    .containsExactly("startsAt:session.attendanceTakenStart"));
    session.reschedule(at(LocalDateTime.of(2026, 3, 2, 10, 0), "Pitching", "路演"), NOW);
    assertThat(session.start().getHour()).isEqualTo(10);
  }
}
