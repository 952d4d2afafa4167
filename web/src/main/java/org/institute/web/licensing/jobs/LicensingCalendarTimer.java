package org.institute.web.licensing.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.JobLeases;
import org.institute.licensing.LicensingCalendar;

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

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private LicensingCalendar calendar;
  @Inject private Clock clock;
  @Inject private JobLeases leases;

  @Inject
  @ConfigProperty(name = "institute.licensing.calendar.hours", defaultValue = "24")
  private int hours;

  private ScheduledFuture<?> task;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    if (hours > 0) {
      task = scheduler.scheduleWithFixedDelay(this::run, 60, hours * 3600L, TimeUnit.SECONDS);
    }
  }

  private void run() {
    LocalDate today = LocalDate.now(clock);
    try {
      if (!leases.tryRun("licensing-calendar", Duration.ofHours(hours))) {
        return;
      }
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
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "licensing calendar run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
