package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.institute.core.Transactions;
import org.institute.licensing.Deadline;
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
 * It starts no transaction of its own: each reminder and each term change commits on its own
 * ({@link CalendarRun}), so a run over every deal never holds the audit trail's head for longer
 * than one item.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
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
  @Inject private Transactions transactions;

  /** Term changes a run makes at most of each kind; the next run goes on with the rest. */
  static final int TERM_BATCH = 5000;

  @Inject
  @ConfigProperty(name = "institute.licensing.reminder-days", defaultValue = "60,30,7")
  private String reminderDays;

  @Override
  public int remindDeadlines(LocalDate today) {
    requireSystemOrAdmin();
    return CalendarRun.each(
        transactions, () -> deadlinesToRemind(today), d -> remindDeadline(d, today), "deadline");
  }

  /** A deadline with a reminder stage due: a family's deadline and the days ahead. */
  private record DueDeadline(Deadline deadline, int days) {}

  private List<DueDeadline> deadlinesToRemind(LocalDate today) {
    List<DueDeadline> due = new ArrayList<>();
    for (int days : days()) {
      LocalDate on = today.plusDays(days);
      for (PatentFamily family : families.withPriorityBetween(on, on, Scope.all())) {
        for (Deadline deadline : family.openDeadlines()) {
          if (deadline.due().equals(on) && !reminders.sent(deadline, days)) {
            due.add(new DueDeadline(deadline, days));
          }
        }
      }
    }
    return due;
  }

  /** Sends one deadline's reminder if the deadline is still open and the reminder unsent. */
  private boolean remindDeadline(DueDeadline due, LocalDate today) {
    Deadline deadline = due.deadline();
    int days = due.days();
    PatentFamily family = families.find(deadline.familyId()).orElse(null);
    if (family == null
        || !family.openDeadlines().contains(deadline)
        || reminders.sent(deadline, days)) {
      return false;
    }
    reminders.add(new DeadlineReminder(deadline, days, clock.instant()));
    Set<String> to = new LinkedHashSet<>();
    family.sharesOn(today).keySet().forEach(p -> to.addAll(recipients.staffOf(new PartnerId(p))));
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
    return true;
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

  /**
   * Each deal whose term began or ended changes in a transaction of its own; the active deals are
   * read after the executed ones changed, so a term over at once is activated and expired in one
   * run.
   */
  @Override
  public int applyTerms(LocalDate today) {
    requireSystemOrAdmin();
    int activated =
        CalendarRun.each(
            transactions,
            () -> deals.idsToActivate(today, TERM_BATCH),
            id -> activate(id, today),
            "term start");
    int expired =
        CalendarRun.each(
            transactions,
            () -> deals.idsToExpire(today, TERM_BATCH),
            id -> expire(id, today),
            "term end");
    return activated + expired;
  }

  private boolean activate(long id, LocalDate today) {
    LicenceDeal deal = deals.find(id).orElse(null);
    if (deal == null || !deal.activateIfDue(today, clock.instant())) {
      return false;
    }
    audit.record(
        "LICENCE_DEAL_ACTIVATE", "LicenceDeal", deal.id().toString(), "EXECUTED -> ACTIVE");
    return true;
  }

  private boolean expire(long id, LocalDate today) {
    LicenceDeal deal = deals.find(id).orElse(null);
    if (deal == null || !deal.expireIfDue(today, clock.instant())) {
      return false;
    }
    audit.record("LICENCE_DEAL_EXPIRE", "LicenceDeal", deal.id().toString(), "ACTIVE -> EXPIRED");
    return true;
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
