package org.institute.licensing;

import java.time.LocalDate;

/**
 * The daily work of the licensing calendar, run by a scheduled job: deadline reminders and the
 * start and end of licence terms. Each is safe to run more than once a day and on several nodes.
 */
public interface LicensingCalendar {

  /**
   * E-mails the co-owners' staff and the admins about each filing deadline falling exactly {@code
   * N} days after {@code today}, for each N of {@code institute.licensing.reminder-days}; each
   * reminder once. Returns how many reminders were sent.
   */
  int remindDeadlines(LocalDate today);

  /**
   * E-mails the licensee's staff and the admins about open obligations of executed deals, once per
   * obligation and reminder stage (decision 0014). A stage whose day passed while nothing ran is
   * caught up once, by the next run. Returns how many reminders were sent.
   */
  int remindObligations(LocalDate today);

  /**
   * E-mails the licensee's staff and the admins, each in the language of their account, about
   * royalty reports not filed and invoices not settled, before and after the due date ({@code
   * institute.licensing.compliance-reminder-days}), once per report or invoice and stage (decision
   * 0104). Returns how many reminders were sent.
   */
  int remindReportsAndInvoices(LocalDate today);

  /**
   * Activates executed deals whose term has begun and expires active deals whose term has ended.
   */
  int applyTerms(LocalDate today);
}
