package org.institute.talent;

/** What the caller may do to one cohort ({@link CohortView#allowedActions()}). */
public enum CohortAction {
  /** Enrol a registered participant (while the cohort takes enrolments). */
  ENROL,
  /** Register a newcomer and enrol them, in one step. */
  REGISTER_AND_ENROL,
  /** Enrol from a CSV file. */
  IMPORT_ENROLMENTS,
  /** Record assessments, complete (and so issue certificates), fail and withdraw enrolments. */
  MANAGE_ENROLMENTS,
  /** Take or correct a session's attendance. */
  RECORD_ATTENDANCE,
  /** Schedule a session, or move or rename one. */
  SCHEDULE_SESSION,
  /** Change the cohort's names, dates, capacity and fee. */
  REVISE,
  /** Move the cohort to another status. */
  CHANGE_STATUS,
  /** Open an internship position (intakes of the internship programme only). */
  OPEN_POSITION,
  /** Record a student's application for a position (intakes of the internship programme only). */
  RECORD_APPLICATION,
  /** Set the placement target (intakes of the internship programme only). */
  SET_PLACEMENT_TARGET
}
