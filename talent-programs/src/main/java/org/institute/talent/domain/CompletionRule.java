package org.institute.talent.domain;

import java.util.Optional;

/**
 * When a participant has completed a programme: attended at least {@code minAttendancePercent} of
 * the sessions whose attendance was taken and, if required, passed the assessment.
 */
public record CompletionRule(int minAttendancePercent, boolean assessmentRequired) {

  public CompletionRule {
    if (minAttendancePercent < 0 || minAttendancePercent > 100) {
      throw new IllegalArgumentException(
          "attendance percentage out of range: " + minAttendancePercent);
    }
  }

  /** Empty when the rule is met; else the message key of the first unmet condition. */
  public Optional<String> unmet(int sessionsAttended, int sessionsTaken, Boolean assessmentPassed) {
    if (sessionsTaken == 0 && minAttendancePercent > 0) {
      return Optional.of("completion.noAttendance");
    }
    // whole numbers avoid rounding: attended / taken >= min / 100
    if (sessionsAttended * 100L < (long) minAttendancePercent * sessionsTaken) {
      return Optional.of("completion.attendanceTooLow");
    }
    if (assessmentRequired && !Boolean.TRUE.equals(assessmentPassed)) {
      return Optional.of("completion.assessmentNotPassed");
    }
    return Optional.empty();
  }
}
