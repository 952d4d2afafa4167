package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.core.Recipients;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.licensing.Deadline;
import org.institute.licensing.DealState;
import org.institute.licensing.LicensingCalendar;
import org.institute.licensing.domain.DeadlineReminder;
import org.institute.licensing.domain.DeadlineReminderRepository;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;

/**
 * Deadline reminders and the start and end of licence terms (decision 0013). Runs from a scheduled
 * task, outside any HTTP request: it opens a request context of its own for the caller and audit.
 */
@ApplicationScoped
@Transactional
@ActivateRequestContext
class CalendarService implements LicensingCalendar {

  @Inject private PatentFamilyRepository families;
  @Inject private DeadlineReminderRepository reminders;
  @Inject private DealRepository deals;
  @Inject private Recipients recipients;
  @Inject private Mailer mailer;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;
  @Inject private ObligationService obligations;
  @Inject private ComplianceService compliance;

  @Inject
  @ConfigProperty(name = "institute.licensing.reminder-days", defaultValue = "60,30,7")
  private String reminderDays;

  @Override
  public int remindDeadlines(LocalDate today) {
    requireSystemOrAdmin();
    int sent = 0;
    for (int days : days()) {
      LocalDate due = today.plusDays(days);
      for (PatentFamily family : families.withPriorityBetween(due, due, Scope.all())) {
        for (Deadline deadline : family.openDeadlines()) {
          if (!deadline.due().equals(due) || reminders.sent(deadline, days)) {
            continue;
          }
          reminders.add(new DeadlineReminder(deadline, days, clock.instant()));
          Set<String> to = new LinkedHashSet<>();
          family
              .sharesOn(today)
              .keySet()
              .forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
          to.addAll(recipients.withRole(Role.ADMIN));
          String subject =
              "Patent deadline in "
                  + days
                  + " days: "
                  + family.reference()
                  + " "
                  + deadline.kind()
                  + " / 专利期限提醒";
          String body =
              "Patent family "
                  + family.reference()
                  + " \""
                  + family.title()
                  + "\": "
                  + deadline.kind()
                  + " due "
                  + deadline.due()
                  + " (priority date "
                  + family.priorityDate()
                  + ").\n"
                  + "专利族 "
                  + family.reference()
                  + " 的期限："
                  + deadline.due()
                  + "。\n";
          to.forEach(address -> mailer.send(address, subject, body));
          audit.record(
              "PATENT_DEADLINE_REMINDED",
              "PatentFamily",
              family.id().toString(),
              deadline.kind()
                  + " due "
                  + deadline.due()
                  + ", "
                  + days
                  + " days ahead, "
                  + to.size()
                  + " recipient(s)");
          sent++;
        }
      }
    }
    return sent;
  }

  @Override
  public int remindObligations(LocalDate today) {
    requireSystemOrAdmin();
    return obligations.remind(today);
  }

  @Override
  public int remindReportsAndInvoices(LocalDate today) {
    requireSystemOrAdmin();
    return compliance.remind(today);
  }

  @Override
  public int applyTerms(LocalDate today) {
    requireSystemOrAdmin();
    int changed = 0;
    for (LicenceDeal deal : deals.inState(DealState.EXECUTED, 500)) {
      if (deal.activateIfDue(today, clock.instant())) {
        audit.record(
            "LICENCE_DEAL_ACTIVATE", "LicenceDeal", deal.id().toString(), "EXECUTED -> ACTIVE");
        changed++;
      }
    }
    for (LicenceDeal deal : deals.inState(DealState.ACTIVE, 500)) {
      if (deal.expireIfDue(today, clock.instant())) {
        audit.record(
            "LICENCE_DEAL_EXPIRE", "LicenceDeal", deal.id().toString(), "ACTIVE -> EXPIRED");
        changed++;
      }
    }
    return changed;
  }

  private List<Integer> days() {
    return Arrays.stream(reminderDays.split(","))
        .map(String::trim)
        .filter(s -> s.matches("\\d{1,3}"))
        .map(Integer::valueOf)
        .distinct()
        .toList();
  }

  private void requireSystemOrAdmin() {
    policy.requireCalendar();
  }
}
