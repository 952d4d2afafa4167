package org.institute.licensing.domain;

import java.time.LocalDate;

/** The log of reminders of reports and invoices sent (decision 0104). */
public interface ComplianceReminderRepository {

  boolean sent(ComplianceReminder.Subject subject, String key, LocalDate due, int daysAfter);

  /** Records the reminder and flushes, so that a parallel run fails on the unique key here. */
  void add(ComplianceReminder reminder);
}
