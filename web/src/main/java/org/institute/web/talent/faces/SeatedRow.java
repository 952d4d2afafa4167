package org.institute.web.talent.faces;

import java.io.Serializable;
import java.util.List;
import org.institute.talent.EnrolmentAction;
import org.institute.talent.RosterEntry;

/**
 * One seated line of the cohort page's roster as the page reads it: plain properties, worked out
 * once per line, where the page read the entry's record methods and evaluated each action's {@code
 * allows('...')} again for every button of every line (a hundred lines, six buttons each, at every
 * request; decision 0111).
 */
public final class SeatedRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private final RosterEntry entry;
  private final boolean courseOver;

  SeatedRow(RosterEntry entry, boolean courseOver) {
    this.entry = entry;
    this.courseOver = courseOver;
  }

  /** The roster's seated lines, in its order. */
  static List<SeatedRow> of(List<RosterEntry> seated, boolean courseOver) {
    return seated.stream().map(e -> new SeatedRow(e, courseOver)).toList();
  }

  public RosterEntry getEntry() {
    return entry;
  }

  public long getId() {
    return entry.enrolmentId();
  }

  /** The id of the element naming the person, which each button's accessible name refers to. */
  public String getPerson() {
    return "person-" + entry.enrolmentId();
  }

  public String getNameLatin() {
    return entry.nameLatin();
  }

  public String getNameZh() {
    return entry.nameZh();
  }

  public String getOrganisation() {
    return entry.organisation();
  }

  public String getState() {
    return entry.state().name();
  }

  public int getAttendancePercent() {
    return entry.attendancePercent();
  }

  public int getSessionsAttended() {
    return entry.sessionsAttended();
  }

  public int getSessionsTaken() {
    return entry.sessionsTaken();
  }

  public Boolean getAssessmentPassed() {
    return entry.assessmentPassed();
  }

  public String getCertificateCode() {
    return entry.certificateCode();
  }

  /** Whether any action is offered on the line. */
  public boolean isAnyAction() {
    return !entry.allowedActions().isEmpty();
  }

  public boolean isMayAssess() {
    return entry.allows(EnrolmentAction.RECORD_ASSESSMENT);
  }

  /** Completion at once: the course is over. */
  public boolean isMayComplete() {
    return courseOver && entry.allows(EnrolmentAction.COMPLETE);
  }

  /** Completion before the course is over, which asks for a reason. */
  public boolean isMayCompleteEarly() {
    return !courseOver && entry.allows(EnrolmentAction.COMPLETE);
  }

  public boolean isMayFail() {
    return entry.allows(EnrolmentAction.FAIL);
  }

  public boolean isMayWithdraw() {
    return entry.allows(EnrolmentAction.WITHDRAW);
  }
}
