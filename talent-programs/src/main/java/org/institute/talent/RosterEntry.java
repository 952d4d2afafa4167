package org.institute.talent;

import java.io.Serializable;
import java.util.Set;

/**
 * One line of a cohort's roster or waitlist: the enrolment, the participant's names and contact,
 * attendance so far (sessions attended of sessions with attendance taken) and the assessment
 * result.
 */
public record RosterEntry(
    long enrolmentId,
    long participantId,
    String nameLatin,
    String nameZh,
    String email,
    String organisation,
    EnrolmentState state,
    Integer waitlistPosition,
    Boolean assessmentPassed,
    int sessionsAttended,
    int sessionsTaken,
    String certificateCode,
    Set<EnrolmentAction> allowedActions)
    implements Serializable {

  public RosterEntry {
    allowedActions = Actions.copy(allowedActions);
  }

  /** Whether the caller may take this action on the enrolment. */
  public boolean allows(EnrolmentAction action) {
    return allowedActions.contains(action);
  }

  /** Attendance as a whole percentage; 100 while no attendance has been taken. */
  public int attendancePercent() {
    return sessionsTaken == 0 ? 100 : sessionsAttended * 100 / sessionsTaken;
  }
}
