package org.institute.talent;

/** Who may enrol in a programme's cohorts. */
public enum Eligibility {
  /** Anyone with a participant record. */
  OPEN,
  /** NTU students only: the participant has an NTU matriculation number. */
  NTU_STUDENTS
}
