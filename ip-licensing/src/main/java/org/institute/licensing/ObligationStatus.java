package org.institute.licensing;

/**
 * Where an obligation stands on a day: {@code UPCOMING} until its due window opens, {@code DUE}
 * within the window (up to and including the due date), {@code OVERDUE} after it; {@code MET} once
 * payments meet it, {@code WAIVED} when an admin waived it.
 */
public enum ObligationStatus {
  UPCOMING,
  DUE,
  OVERDUE,
  MET,
  WAIVED
}
