package org.institute.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.BilingualText;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewSession;
import org.institute.talent.SessionView;

/**
 * A class of a cohort. Its start is kept as an instant and the zone it happens in, so the
 * wall-clock time in Singapore or Chongqing is exact whatever the zones' offsets are.
 */
@Entity
@Table(name = "tal_session")
public class Session {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "zone_id", nullable = false, length = 64)
  private String zoneId;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(nullable = false, length = 300)
  private String topic;

  @Column(name = "topic_zh", length = 300)
  private String topicZh;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", nullable = false, length = 32)
  private DeliveryMode deliveryMode;

  @Column(length = 500)
  private String venue;

  @Column(length = 200)
  private String trainer;

  @Column(name = "attendance_taken", nullable = false)
  private boolean attendanceTaken;

  protected Session() {}

  /** A session of a cohort; refuses a missing start, an unknown zone, a bad length or topic. */
  public Session(long cohortId, NewSession s) {
    ZoneId zone = checked(s);
    this.cohortId = cohortId;
    take(s, zone);
  }

  /**
   * Moves or renames the session, to the same rules as a new one. Once its attendance is taken it
   * cannot move to a start that has not come yet: the marks would be for a class not yet held.
   */
  public void reschedule(NewSession s, Instant now) {
    ZoneId zone = checked(s);
    if (attendanceTaken && s.startsAt().atZone(zone).toInstant().isAfter(now)) {
      throw InvalidCommandException.of("startsAt", "session.attendanceTakenStart");
    }
    take(s, zone);
  }

  private void take(NewSession s, ZoneId zone) {
    this.startsAt = s.startsAt().atZone(zone).toInstant();
    this.zoneId = zone.getId();
    this.durationMinutes = s.durationMinutes();
    this.topic = s.topic().trim();
    this.topicZh = Text.blankToNull(s.topicZh());
    this.deliveryMode = s.deliveryMode();
    this.venue = Text.blankToNull(s.venue());
    this.trainer = Text.blankToNull(s.trainer());
  }

  /** Every problem of the session's values at once; the zone when there are none. */
  private static ZoneId checked(NewSession s) {
    List<Violation> problems = new ArrayList<>();
    ZoneId zone = null;
    try {
      zone = s.zoneId() == null ? null : ZoneId.of(s.zoneId().trim());
    } catch (DateTimeException e) {
      zone = null;
    }
    if (zone == null) {
      problems.add(new Violation("zoneId", "session.zone.invalid"));
    }
    if (s.startsAt() == null || s.startsAt().getYear() < 2000 || s.startsAt().getYear() > 2200) {
      problems.add(new Violation("startsAt", "session.start.invalid"));
    }
    if (s.durationMinutes() == null || s.durationMinutes() < 15 || s.durationMinutes() > 24 * 60) {
      problems.add(new Violation("durationMinutes", "session.duration.invalid"));
    }
    if (s.topic() == null || s.topic().isBlank()) {
      problems.add(new Violation("topic", "session.topic.required"));
    } else if (s.topic().trim().length() > 300) {
      problems.add(new Violation("topic", "field.tooLong"));
    }
    BilingualText.checkChinese(s.topicZh(), "topicZh", BilingualText.TITLE_LENGTH, problems);
    if (s.deliveryMode() == null) {
      problems.add(new Violation("deliveryMode", "session.mode.required"));
    }
    if (s.venue() != null && s.venue().length() > 500) {
      problems.add(new Violation("venue", "field.tooLong"));
    }
    if (s.trainer() != null && s.trainer().length() > 200) {
      problems.add(new Violation("trainer", "field.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return zone;
  }

  public ZonedDateTime start() {
    return startsAt.atZone(ZoneId.of(zoneId));
  }

  public void attendanceTaken() {
    this.attendanceTaken = true;
  }

  /** Whether the session has begun: attendance can be taken only from its start on. */
  public boolean hasStarted(Instant now) {
    return !startsAt.isAfter(now);
  }

  /** Refuses attendance for a session that has not begun. */
  public void requireStarted(Instant now) {
    if (!hasStarted(now)) {
      throw new ConflictException("attendance.sessionNotStarted");
    }
  }

  /** When the session ends. */
  public Instant end() {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }

  /** The session as shown at the instant given: {@code started} once attendance can be taken. */
  public SessionView view(Instant now) {
    ZonedDateTime start = start();
    return new SessionView(
        id,
        cohortId,
        start.toString(),
        zoneId,
        start.toLocalDateTime(),
        durationMinutes,
        topic,
        topicZh,
        deliveryMode,
        venue,
        trainer,
        attendanceTaken,
        hasStarted(now));
  }

  public Long id() {
    return id;
  }

  public long cohortId() {
    return cohortId;
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public org.institute.talent.DeliveryMode deliveryMode() {
    return deliveryMode;
  }

  public boolean isAttendanceTaken() {
    return attendanceTaken;
  }
}
