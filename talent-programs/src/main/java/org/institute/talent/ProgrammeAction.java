package org.institute.talent;

/** What the caller may do to one programme ({@link ProgrammeView#allowedActions()}). */
public enum ProgrammeAction {
  /** Open a cohort (intake) of the programme. */
  OPEN_COHORT,
  /** Change the programme's titles, descriptions, eligibility and completion rule. */
  REVISE
}
