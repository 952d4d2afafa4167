package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewSession;
import org.junit.jupiter.api.Test;

/** Attendance from a session's start on; completion after the last session, or with a reason. */
class CourseEndTest {

  /** 09:00 in Singapore is 01:00 UTC. */
  private static Session session(LocalDateTime singaporeStart, int minutes) {
    return new Session(
        1,
        new NewSession(
            singaporeStart,
            "Asia/Singapore",
            minutes,
            "Topic",
            null,
            DeliveryMode.ONLINE,
            null,
            null));
  }

  @Test
  void attendanceCanBeTakenFromTheSessionsStartOnNotBefore() {
    Session s = session(LocalDateTime.of(2026, 12, 14, 9, 0), 90);
    Instant start = Instant.parse("2026-12-14T01:00:00Z");

    assertThatThrownBy(() -> s.requireStarted(start.minusSeconds(1)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("attendance.sessionNotStarted");
    assertThat(s.hasStarted(start.minusSeconds(1))).isFalse();
    assertThat(s.hasStarted(start)).isTrue();
    s.requireStarted(start);
    s.requireStarted(start.plusSeconds(86_400 * 9));
    assertThat(s.end()).isEqualTo(Instant.parse("2026-12-14T02:30:00Z"));
  }

  @Test
  void theCourseEndsWhenItsLastSessionEndsWhateverTheOrder() {
    CourseEnd end =
        CourseEnd.of(
            LocalDate.of(2027, 1, 29),
            List.of(
                session(LocalDateTime.of(2027, 1, 25, 9, 0), 120),
                session(LocalDateTime.of(2026, 9, 7, 9, 0), 480)));

    assertThat(end.at()).isEqualTo(Instant.parse("2027-01-25T03:00:00Z"));
    assertThat(end.over(Instant.parse("2027-01-25T02:59:59Z"))).isFalse();
    assertThat(end.over(Instant.parse("2027-01-25T03:00:00Z"))).isTrue();
  }

  @Test
  void withoutSessionsTheCourseEndsAtTheEndOfItsLastDayOnTheCampusClock() {
    CourseEnd end = CourseEnd.of(LocalDate.of(2027, 1, 29), List.of());

    // midnight after 29 January in Singapore and Chongqing (UTC+8)
    assertThat(end.at()).isEqualTo(Instant.parse("2027-01-29T16:00:00Z"));
  }

  @Test
  void anEarlyCompletionNeedsAReasonWhichIsKeptTrimmed() {
    CourseEnd end = new CourseEnd(Instant.parse("2027-01-25T03:00:00Z"));
    Instant before = Instant.parse("2027-01-20T00:00:00Z");

    assertThat(end.earlyCompletionReason(before, "  leaves for a posting abroad  "))
        .contains("leaves for a posting abroad");
    assertThat(end.earlyCompletionReason(before, "r".repeat(500))).contains("r".repeat(500));
    for (String missing : new String[] {null, "", "   "}) {
      assertThatThrownBy(() -> end.earlyCompletionReason(before, missing))
          .isInstanceOfSatisfying(
              InvalidCommandException.class,
              e ->
                  assertThat(e.violations())
                      .containsExactly(new Violation("reason", "completion.beforeCourseEnd")));
    }
    assertThatThrownBy(() -> end.earlyCompletionReason(before, "r".repeat(501)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("reason", "field.tooLong")));
  }

  @Test
  void afterTheCourseNoReasonIsAskedAndNoneIsRecorded() {
    CourseEnd end = new CourseEnd(Instant.parse("2027-01-25T03:00:00Z"));

    assertThat(end.earlyCompletionReason(end.at(), null)).isEmpty();
    assertThat(end.earlyCompletionReason(end.at().plusSeconds(60), "any")).isEmpty();
  }
}
