package org.institute.talent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.institute.core.InvalidCommandException;

/**
 * When a cohort's teaching is over: the end of its last session or, for a cohort without sessions,
 * the end of its last day on the campuses' clock (Singapore and Chongqing are both UTC+8).
 * Completion, and with it the certificate, comes after that; an earlier completion needs a reason,
 * which is recorded.
 */
public record CourseEnd(Instant at) {

  /** The campuses' offset from UTC. */
  static final ZoneOffset CAMPUS_TIME = ZoneOffset.ofHours(8);

  static final int REASON_MAX = 500;

  public static CourseEnd of(LocalDate cohortEndsOn, List<Session> sessions) {
    return new CourseEnd(
        sessions.stream()
            .map(Session::end)
            .max(Comparator.naturalOrder())
            .orElseGet(() -> cohortEndsOn.plusDays(1).atStartOfDay(CAMPUS_TIME).toInstant()));
  }

  public boolean over(Instant now) {
    return !now.isBefore(at);
  }

  /**
   * The reason to record for a completion now: empty once the course is over; before that the
   * reason given, trimmed, and a refusal naming the field when there is none.
   */
  public Optional<String> earlyCompletionReason(Instant now, String reason) {
    if (over(now)) {
      return Optional.empty();
    }
    String given = reason == null ? "" : reason.strip();
    if (given.isEmpty()) {
      throw InvalidCommandException.of("reason", "completion.beforeCourseEnd");
    }
    if (given.length() > REASON_MAX) {
      throw InvalidCommandException.of("reason", "field.tooLong");
    }
    return Optional.of(given);
  }
}
