package org.institute.web.licensing.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.licensing.LicensingCalendar;
import org.institute.web.platform.jobs.LeasedJobs;

/**
 * Runs the licensing calendar a minute after start and then every {@code
 * institute.licensing.calendar.hours} hours (default 24): deadline reminders and licence terms.
 * Each reminder is recorded under a unique key, so a repeated run, or a run on a second node, sends
 * nothing twice (decision 0013); in a cluster only the holder of the job's lease runs it (decision
 * 0066).
 */
@Singleton
@Startup
public class LicensingCalendarTimer {

  private static final Logger LOG = Logger.getLogger(LicensingCalendarTimer.class.getName());

  @Inject private LicensingCalendar calendar;
  @Inject private Clock clock;
  @Inject private LeasedJobs jobs;

  @Inject
  @ConfigProperty(name = "institute.licensing.calendar.hours", defaultValue = "24")
  private int hours;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    jobs.schedule("licensing-calendar", Duration.ofMinutes(1), Duration.ofHours(hours), this::run);
  }

  private void run() {
    LocalDate today = LocalDate.now(clock);
    int terms = calendar.applyTerms(today);
    int reminders = calendar.remindDeadlines(today);
    int obligations = calendar.remindObligations(today);
    int compliance = calendar.remindReportsAndInvoices(today);
    LOG.info(
        () ->
            "licensing calendar "
                + today
                + ": "
                + terms
                + " term change(s), "
                + reminders
                + " deadline reminder(s), "
                + obligations
                + " obligation reminder(s), "
                + compliance
                + " report and invoice reminder(s)");
  }
}
