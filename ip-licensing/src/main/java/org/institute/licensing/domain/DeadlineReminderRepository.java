package org.institute.licensing.domain;

import org.institute.licensing.Deadline;

public interface DeadlineReminderRepository {
  boolean sent(Deadline deadline, int daysBefore);

  /** Records the reminder and flushes, so that a parallel run fails on the unique key here. */
  void add(DeadlineReminder reminder);
}
