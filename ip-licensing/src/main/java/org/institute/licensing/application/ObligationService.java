package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.AuditTrail;
import org.institute.core.BilingualText;
import org.institute.core.Conversion;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.PublicLinks;
import org.institute.core.Recipients;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.Transactions;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.ObligationPage;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.ObligationView;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationReminder;
import org.institute.licensing.domain.ObligationRepository;
import org.institute.licensing.domain.ObligationSchedule;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.ReminderSchedule;
import org.institute.partners.PartnerDirectory;

/**
 * Obligations of executed deals: derived at execution, met by payments, reminded ahead (decision
 * 0014).
 */
@ApplicationScoped
@Transactional
class ObligationService implements LicenceObligations {

  @Inject private ObligationRepository obligations;
  @Inject private DealRepository deals;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingPolicy policy;
  @Inject private Recipients recipients;
  @Inject private Mailer mailer;
  @Inject private PublicLinks publicLinks;
  @Inject private AuditTrail audit;
  @Inject private Transactions transactions;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "institute.licensing.obligation-reminder-days", defaultValue = "30,7")
  private String reminderDays;

  @Inject
  @ConfigProperty(name = "institute.licensing.obligation-due-days", defaultValue = "30")
  private int dueWindowDays;

  @Override
  public List<ObligationView> ofDeal(long dealId) {
    LicenceDeal deal = visible(dealId);
    PartnerNames names = PartnerNames.of(partners);
    LocalDate today = LocalDate.now(clock);
    return obligations.ofDeal(deal.id()).stream()
        .map(o -> view(o, deal.titles(), deal.licenseeId(), names, today))
        .toList();
  }

  @Override
  public ObligationPage list(
      ObligationStatus status, LocalDate from, LocalDate to, int offset, int limit) {
    LocalDate today = LocalDate.now(clock);
    ObligationRepository.Page page =
        obligations.page(policy.readScope(), status, from, to, today, dueWindowDays, offset, limit);
    PartnerNames names = page.rows().isEmpty() ? null : PartnerNames.of(partners);
    return new ObligationPage(
        page.rows().stream()
            .map(
                r ->
                    view(
                        r.obligation(),
                        BilingualText.of(r.dealTitle(), r.dealTitleZh()),
                        r.licenseeId(),
                        names,
                        today))
            .toList(),
        page.total(),
        offset,
        limit);
  }

  @Override
  public ObligationView waive(long dealId, long obligationId, String reason) {
    Actor actor = policy.actor();
    policy.requireWaive(actor);
    LicenceDeal deal = visible(dealId);
    Obligation o =
        obligations
            .find(obligationId)
            .filter(x -> x.dealId() == deal.id())
            .orElseThrow(
                () ->
                    new RecordNotFoundException(
                        "obligation " + obligationId + " of deal " + dealId));
    if (reason == null || reason.isBlank()) {
      throw InvalidCommandException.of("comment", "licensing.deal.reason.required");
    }
    if (reason.length() > 1000) {
      throw InvalidCommandException.of("comment", "field.tooLong");
    }
    o.waive(actor.username(), reason.trim(), clock.instant());
    audit.record(
        "LICENCE_OBLIGATION_WAIVED",
        "LicenceDeal",
        deal.id().toString(),
        o.key() + " " + o.description() + " due " + o.due() + "; reason: " + reason.trim());
    return view(
        o, deal.titles(), deal.licenseeId(), PartnerNames.of(partners), LocalDate.now(clock));
  }

  /** Creates the obligations of a deal that has just been executed. */
  void deriveFor(LicenceDeal deal) {
    if (deal.signingDate() == null || !obligations.ofDeal(deal.id()).isEmpty()) {
      return;
    }
    List<ObligationSchedule.Planned> planned =
        ObligationSchedule.of(deal.terms(), deal.signingDate());
    planned.forEach(
        p -> obligations.add(new Obligation(deal.id(), deal.currency().getCurrencyCode(), p)));
    if (!planned.isEmpty()) {
      audit.record(
          "LICENCE_OBLIGATIONS_DERIVED",
          "LicenceDeal",
          deal.id().toString(),
          planned.size() + " obligation(s), first due " + planned.get(0).due());
    }
  }

  /**
   * The obligation a payment counts towards: the one named, or else the earliest open one of the
   * payment's kind; null for upfront fees and annual minimums or when none is open. Whether it
   * meets it is the obligation's rule ({@link Obligation#pay}).
   */
  Long meet(
      LicenceDeal deal,
      PaymentPurpose purpose,
      Money amount,
      Conversion conversion,
      LocalDate receivedOn,
      Long obligationId) {
    Obligation target;
    if (obligationId != null) {
      target = obligations.find(obligationId).filter(o -> o.dealId() == deal.id()).orElse(null);
      if (target == null) {
        throw InvalidCommandException.of("obligationId", "licensing.obligation.unknown");
      }
      if (!target.isOpen()) {
        throw InvalidCommandException.of("obligationId", "licensing.obligation.closed");
      }
      if (!target.acceptsPurpose(purpose)) {
        throw InvalidCommandException.of("obligationId", "licensing.obligation.purpose");
      }
    } else {
      target =
          obligations.ofDeal(deal.id()).stream()
              .filter(o -> o.isOpen() && o.acceptsPurpose(purpose))
              .findFirst()
              .orElse(null);
    }
    if (target == null) {
      return null;
    }
    BigDecimal inDealCurrency =
        amount.currency().getCurrencyCode().equals(target.currency())
            ? amount.amount()
            : conversion.result().amount();
    target.pay(inDealCurrency, receivedOn, obligationId != null);
    return target.id();
  }

  /**
   * Takes back from its obligation what a payment just voided counted towards it ({@link
   * Obligation#reverse}), given the deal's payments; a description of the change for the audit
   * trail, or null when the payment counted towards none.
   */
  String reverse(Payment voided, List<Payment> ofDeal) {
    if (voided.obligationId() == null) {
      return null;
    }
    Obligation o = obligations.find(voided.obligationId()).orElseThrow();
    BigDecimal inDealCurrency = voided.amountIn(o.currency());
    // nothing counts towards a closed obligation: the payment that closed it is the latest one
    // that counted towards it and is not voided
    boolean latest =
        ofDeal.stream()
            .filter(p -> voided.obligationId().equals(p.obligationId()) && !p.isVoided())
            .allMatch(p -> p.id() < voided.id());
    boolean wasMet = o.metOn() != null;
    BigDecimal before = o.paid();
    o.reverse(inDealCurrency, latest);
    return "obligation "
        + o.key()
        + " "
        + o.description()
        + " paid "
        + o.currency()
        + " "
        + before
        + " -> "
        + o.paid()
        + (wasMet && o.metOn() == null ? ", open again" : "");
  }

  /**
   * Reminds each open obligation whose stage is due, each in a transaction of its own ({@link
   * CalendarRun}); returns how many reminders were sent.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  int remind(LocalDate today) {
    return CalendarRun.each(
        transactions, () -> toRemind(today), id -> remindOne(id, today), "obligation");
  }

  /**
   * The open obligations that have a reminder stage due today and not yet sent (decision 0014; see
   * {@link ReminderSchedule}). Only reads: the calendar sends each in a transaction of its own.
   */
  List<Long> toRemind(LocalDate today) {
    List<Integer> offsets = offsets();
    if (offsets.isEmpty()) {
      return List.of();
    }
    int furthest = offsets.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Long> due = new java.util.ArrayList<>();
    for (ObligationRepository.DueObligation o :
        obligations.openDueBetween(today, today.plusDays(furthest), 5000)) {
      OptionalInt stage = ReminderSchedule.stage(o.due(), today, offsets);
      if (stage.isPresent() && !obligations.reminded(o.id(), o.due(), stage.getAsInt())) {
        due.add(o.id());
      }
    }
    return due;
  }

  /**
   * Sends the reminder of one obligation if it is still open and its stage still unsent (another
   * node or an earlier item may have sent it, a payment may have met it); true when sent.
   */
  boolean remindOne(long obligationId, LocalDate today) {
    List<Integer> offsets = offsets();
    Obligation o = obligations.find(obligationId).orElse(null);
    if (o == null || !o.isOpen()) {
      return false;
    }
    OptionalInt stage = ReminderSchedule.stage(o.due(), today, offsets);
    if (stage.isEmpty() || obligations.reminded(o.id(), o.due(), stage.getAsInt())) {
      return false;
    }
    // logged and flushed before the mail is queued: a parallel run fails here and rolls back its
    // mail
    obligations.addReminder(
        new ObligationReminder(o.id(), o.due(), stage.getAsInt(), today, clock.instant()));
    LicenceDeal deal = deals.find(o.dealId()).orElseThrow();
    Set<String> to = new LinkedHashSet<>(recipients.staffOf(new PartnerId(deal.licenseeId())));
    to.addAll(recipients.withRole(Role.ADMIN));
    long days = java.time.temporal.ChronoUnit.DAYS.between(today, o.due());
    String subject =
        "Licence obligation due in "
            + days
            + " days: deal #"
            + deal.id()
            + " "
            + o.description()
            + " / 许可义务到期提醒";
    String body =
        "Licence deal #"
            + deal.id()
            + " \""
            + deal.title()
            + "\": "
            + o.description()
            + " is due on "
            + o.due()
            + (o.amount() == null
                ? ""
                : " (" + o.currency() + " " + o.amount().toPlainString() + ")")
            + ".\n"
            + "许可协议 #"
            + deal.id()
            + "「"
            + deal.titles().in(Locale.SIMPLIFIED_CHINESE)
            + "」的义务「"
            + o.description()
            + "」将于 "
            + o.due()
            + " 到期。\n"
            + "Open / 打开: "
            + publicLinks.to("/app/licensing/deal.xhtml?id=" + deal.id())
            + "\n";
    to.forEach(address -> mailer.send(address, subject, body));
    audit.record(
        "LICENCE_OBLIGATION_REMINDED",
        "LicenceDeal",
        deal.id().toString(),
        o.key()
            + " due "
            + o.due()
            + ", stage "
            + stage.getAsInt()
            + " days, sent "
            + days
            + " days ahead, "
            + to.size()
            + " recipient(s)");
    return true;
  }

  private List<Integer> offsets() {
    return Arrays.stream(reminderDays.split(","))
        .map(String::trim)
        .filter(s -> s.matches("\\d{1,3}"))
        .map(Integer::valueOf)
        .distinct()
        .toList();
  }

  private LicenceDeal visible(long id) {
    return deals
        .find(id)
        .filter(policy::mayRead)
        .orElseThrow(() -> new RecordNotFoundException("licence deal " + id));
  }

  private ObligationView view(
      Obligation o, BilingualText title, long licensee, PartnerNames names, LocalDate today) {
    return new ObligationView(
        o.id(),
        o.dealId(),
        title.en(),
        title.zh(),
        licensee,
        names == null ? null : names.name(licensee),
        names == null ? null : names.nameZh(licensee),
        o.kind(),
        o.description(),
        o.periodStart(),
        o.periodEnd(),
        o.due(),
        o.amount(),
        o.paid(),
        o.currency(),
        o.statusOn(today, dueWindowDays),
        o.metOn(),
        o.waivedBy(),
        o.waiveReason(),
        policy.obligationActions(o));
  }
}
