package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewSession;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 2, 9, 0);

  private static NewSession session(
      LocalDateTime start, Integer minutes, String topic, String venue, String trainer) {
    return new NewSession(
        start, "Asia/Singapore", minutes, topic, null, DeliveryMode.ONLINE, venue, trainer);
  }

  private static List<Violation> refusal(NewSession s) {
    try {
      new Session(1, s);
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  @Test
  void startsFromTheYear2000ToTheYear2200AreAccepted() {
    Violation invalid = new Violation("startsAt", "session.start.invalid");
    assertThat(refusal(session(LocalDateTime.of(1999, 12, 31, 23, 0), 60, "t", null, null)))
        .containsExactly(invalid);
    assertThat(refusal(session(LocalDateTime.of(2000, 1, 1, 9, 0), 60, "t", null, null))).isEmpty();
    assertThat(refusal(session(LocalDateTime.of(2200, 12, 31, 9, 0), 60, "t", null, null)))
        .isEmpty();
    assertThat(refusal(session(LocalDateTime.of(2201, 1, 1, 9, 0), 60, "t", null, null)))
        .containsExactly(invalid);
  }

  @Test
  void aSessionLastsFromAQuarterOfAnHourToADay() {
    Violation invalid = new Violation("durationMinutes", "session.duration.invalid");
    assertThat(refusal(session(NINE, 14, "t", null, null))).containsExactly(invalid);
    assertThat(refusal(session(NINE, 15, "t", null, null))).isEmpty();
    assertThat(refusal(session(NINE, 1440, "t", null, null))).isEmpty();
    assertThat(refusal(session(NINE, 1441, "t", null, null))).containsExactly(invalid);
    assertThat(refusal(session(NINE, null, "t", null, null))).containsExactly(invalid);
  }

  @Test
  void textsHaveTheirLengthLimits() {
    assertThat(
            refusal(
                session(NINE, 60, " " + "t".repeat(300) + " ", "v".repeat(500), "r".repeat(200))))
        .isEmpty();
    assertThat(refusal(session(NINE, 60, "t".repeat(301), "v".repeat(501), "r".repeat(201))))
        .containsExactly(
            new Violation("topic", "field.tooLong"),
            new Violation("venue", "field.tooLong"),
            new Violation("trainer", "field.tooLong"));
  }

  @Test
  void theChineseTopicIsOptionalAtMostThreeHundredAndShownToReadersOfChinese() {
    NewSession both =
        new NewSession(
            NINE, "Asia/Singapore", 60, "Pitch day", " 路演日 ", DeliveryMode.ONLINE, null, null);
    var view =
        Fixtures.withId(new Session(1, both)).view(java.time.Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(view.topicZh()).isEqualTo("路演日");
    assertThat(view.topic("zh-CN")).isEqualTo("路演日");
    assertThat(view.topic("en")).isEqualTo("Pitch day");
    var english =
        Fixtures.withId(new Session(1, session(NINE, 60, "Pitch day", null, null)))
            .view(java.time.Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(english.topicZh()).isNull();
    assertThat(english.topic("zh-CN")).isEqualTo("Pitch day");
    NewSession blank =
        new NewSession(
            NINE, "Asia/Singapore", 60, "Pitch day", "  ", DeliveryMode.ONLINE, null, null);
    assertThat(Fixtures.withId(new Session(1, blank)).view(java.time.Instant.EPOCH).topicZh())
        .isNull();
    NewSession tooLong =
        new NewSession(
            NINE,
            "Asia/Singapore",
            60,
            "Pitch day",
            "路".repeat(301),
            DeliveryMode.ONLINE,
            null,
            null);
    assertThat(refusal(tooLong)).containsExactly(new Violation("topicZh", "field.tooLong"));
    NewSession atLimit =
        new NewSession(
            NINE,
            "Asia/Singapore",
            60,
            "Pitch day",
            "路".repeat(300),
            DeliveryMode.ONLINE,
            null,
            null);
    assertThat(refusal(atLimit)).isEmpty();
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    assertThat(refusal(new NewSession(null, null, null, " ", null, null, null, null)))
        .containsExactly(
            new Violation("zoneId", "session.zone.invalid"),
            new Violation("startsAt", "session.start.invalid"),
            new Violation("durationMinutes", "session.duration.invalid"),
            new Violation("topic", "session.topic.required"),
            new Violation("deliveryMode", "session.mode.required"));
  }

  @Test
  void aSessionKeepsItsCohortTrimmedTopicAndBlankTextsAsNothing() {
    Session s =
        Fixtures.withId(
            new Session(
                4,
                new NewSession(
                    NINE,
                    " Asia/Singapore ",
                    90,
                    "  Pitching ",
                    null,
                    DeliveryMode.ONLINE,
                    " ",
                    "")));

    assertThat(s.cohortId()).isEqualTo(4);
    assertThat(s.id()).isNotNull();
    var view = s.view(java.time.Instant.parse("2026-03-02T00:00:00Z"));
    assertThat(view.id()).isEqualTo(s.id());
    assertThat(view.cohortId()).isEqualTo(4);
    assertThat(view.zoneId()).isEqualTo("Asia/Singapore");
    assertThat(view.durationMinutes()).isEqualTo(90);
    assertThat(view.topic()).isEqualTo("Pitching");
    assertThat(view.deliveryMode()).isEqualTo(DeliveryMode.ONLINE);
    assertThat(view.venue()).isNull();
    assertThat(view.trainer()).isNull();
    // 09:00 in Singapore is 01:00 UTC: not started before, started from then on
    assertThat(view.started()).isFalse();
    assertThat(s.view(java.time.Instant.parse("2026-03-02T01:00:00Z")).started()).isTrue();
  }

  @Test
  void attendanceIsTakenOnceMarked() {
    Session s = Fixtures.withId(new Session(4, session(NINE, 60, "t", null, null)));
    assertThat(s.isAttendanceTaken()).isFalse();
    assertThat(s.view(java.time.Instant.parse("2026-03-02T00:00:00Z")).attendanceTaken()).isFalse();

    s.attendanceTaken();

    assertThat(s.isAttendanceTaken()).isTrue();
    assertThat(s.view(java.time.Instant.parse("2026-03-02T00:00:00Z")).attendanceTaken()).isTrue();
  }
}
