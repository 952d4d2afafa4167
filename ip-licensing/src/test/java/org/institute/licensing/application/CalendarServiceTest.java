package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.Deadline;
import org.institute.licensing.DealState;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.Share;
import org.institute.licensing.domain.DeadlineReminder;
import org.institute.licensing.domain.Deals;
import org.institute.licensing.domain.PatentFamily;
import org.junit.jupiter.api.Test;

/**
 * The licensing calendar: family 11 (NTU and SCUT, priority 1 January 2019: PCT due 1 January 2020)
 * and family 12 (GKC, priority 1 March 2019: PCT due 1 March 2020).
 */
class CalendarServiceTest {

  private static final LocalDate PCT_DUE = LocalDate.of(2020, 1, 1);

  private final LicensingFixture fixture = new LicensingFixture(Deals.NOW);
  private final PatentFamily family11 = fixture.families.registerNtuScutHalves(11);

  CalendarServiceTest() {
    fixture.families.register(
        12, LocalDate.of(2019, 3, 1), new Share(Deals.GKC, new BigDecimal("100")));
  }

  private CalendarService calendar(Caller caller) {
    return fixture.calendar(caller, "60,30,7");
  }

  @Test
  void aDeadlineThirtyDaysAheadIsRemindedToItsOwnersAndTheAdminsOnce() {
    int sent = calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(30));

    assertThat(sent).isEqualTo(1);
    assertThat(fixture.mails.recipients())
        .containsExactly("ntu.staff@i.org", "scut.staff@i.org", "admin@i.org", "admin2@i.org");
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Patent deadline in 30 days: PF-11 PCT_FILING / 专利期限提醒");
    assertThat(fixture.mails.sent.get(0).body())
        .isEqualTo(
            "Patent family PF-11 \"Family 11\": PCT_FILING due 2020-01-01 (priority date"
                + " 2019-01-01).\n专利族 PF-11 的期限：2020-01-01。\n");
    assertThat(fixture.reminders.sent).containsExactly("11 PCT_FILING 2020-01-01 30");
    assertThat(fixture.audit.entries)
        .containsExactly(
            "PATENT_DEADLINE_REMINDED PatentFamily 11: PCT_FILING due 2020-01-01, 30 days ahead,"
                + " 4 recipient(s)");

    assertThat(calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(30))).isZero();
    assertThat(fixture.mails.sent).hasSize(4);
  }

  @Test
  void eachConfiguredDayHasItsOwnReminder() {
    assertThat(calendar(admin()).remindDeadlines(PCT_DUE.minusDays(60))).isEqualTo(1);
    assertThat(calendar(admin()).remindDeadlines(PCT_DUE.minusDays(7))).isEqualTo(1);
    assertThat(calendar(admin()).remindDeadlines(PCT_DUE.minusDays(8))).isZero();
    assertThat(calendar(admin()).remindDeadlines(PCT_DUE.minusDays(31))).isZero();
    assertThat(fixture.reminders.sent)
        .containsExactly("11 PCT_FILING 2020-01-01 60", "11 PCT_FILING 2020-01-01 7");
  }

  @Test
  void twoDeadlinesDueOnTheSameDayAreRemindedSeparately() {
    fixture.families.register(
        13, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));

    assertThat(calendar(admin()).remindDeadlines(PCT_DUE.minusDays(7))).isEqualTo(2);
    assertThat(fixture.mails.recipients())
        .containsExactly(
            "ntu.staff@i.org",
            "scut.staff@i.org",
            "admin@i.org",
            "admin2@i.org",
            "gkc.staff@i.org",
            "admin@i.org",
            "admin2@i.org");
  }

  @Test
  void aDeadlineMetByAnApplicationIsNotReminded() {
    family11.file(
        Jurisdiction.PCT, "PCT/1", LocalDate.of(2019, 6, 1), ApplicationStatus.FILED, null);

    assertThat(calendar(admin()).remindDeadlines(PCT_DUE.minusDays(30))).isZero();
    assertThat(fixture.mails.sent).isEmpty();
    // the national phase, 30 months from priority, is still open
    assertThat(calendar(admin()).remindDeadlines(LocalDate.of(2021, 7, 1).minusDays(60)))
        .isEqualTo(1);
    assertThat(fixture.mails.sent.get(0).subject())
        .isEqualTo("Patent deadline in 60 days: PF-11 NATIONAL_PHASE / 专利期限提醒");
  }

  @Test
  void theReminderDaysIgnoreWhatIsNotANumberOfDaysAndRepeats() {
    CalendarService calendar = fixture.calendar(admin(), " 30 , x, 30,1000, -7,");

    assertThat(calendar.remindDeadlines(PCT_DUE.minusDays(30))).isEqualTo(1);
    assertThat(calendar.remindDeadlines(PCT_DUE.minusDays(7))).isZero();
    assertThat(fixture.reminders.sent).containsExactly("11 PCT_FILING 2020-01-01 30");
  }

  @Test
  void onlyTheSystemAndAdminsRunTheCalendar() {
    Caller staff = staffOf(Deals.NTU);
    assertThatThrownBy(() -> calendar(staff).remindDeadlines(PCT_DUE))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> calendar(staff).applyTerms(PCT_DUE))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> calendar(staff).remindObligations(PCT_DUE))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(calendar(admin()).applyTerms(PCT_DUE)).isZero();
  }

  @Test
  void anExecutedDealBecomesActiveOnItsFirstDayAndExpiresAfterItsLast() {
    fixture.deals.put(1, Deals.in(DealState.EXECUTED));
    fixture.deals.put(2, Deals.in(DealState.APPROVED));

    assertThat(calendar(admin()).applyTerms(Deals.TERM_START.minusDays(1))).isZero();
    assertThat(calendar(admin()).applyTerms(Deals.TERM_START)).isEqualTo(1);
    assertThat(fixture.deals.find(1).orElseThrow().state()).isEqualTo(DealState.ACTIVE);
    assertThat(fixture.deals.find(2).orElseThrow().state()).isEqualTo(DealState.APPROVED);
    assertThat(calendar(admin()).applyTerms(Deals.TERM_END)).isZero();
    assertThat(calendar(admin()).applyTerms(Deals.TERM_END.plusDays(1))).isEqualTo(1);
    assertThat(fixture.deals.find(1).orElseThrow().state()).isEqualTo(DealState.EXPIRED);
    assertThat(fixture.audit.entries)
        .containsExactly(
            "LICENCE_DEAL_ACTIVATE LicenceDeal 1: EXECUTED -> ACTIVE",
            "LICENCE_DEAL_EXPIRE LicenceDeal 1: ACTIVE -> EXPIRED");
  }

  @Test
  void aDealWhoseTermIsOverAtOnceIsActivatedAndExpiredInOneRun() {
    fixture.deals.put(1, Deals.in(DealState.EXECUTED));
    fixture.deals.put(2, Deals.in(DealState.EXECUTED));

    assertThat(calendar(LicensingFixture.system()).applyTerms(Deals.TERM_END.plusDays(1)))
        .isEqualTo(4);
  }

  @Test
  void theCalendarRemindsTheOpenObligationsOfTheDeals() {
    fixture.deals.put(5, Deals.in(DealState.EXECUTED));
    fixture.obligationService(admin()).deriveFor(fixture.deals.find(5).orElseThrow());
    LocalDate firstReportDue = fixture.obligations.all.get(0).due();

    assertThat(calendar(LicensingFixture.system()).remindObligations(firstReportDue.minusDays(7)))
        .isEqualTo(1);
    assertThat(fixture.mails.recipients())
        .containsExactly("huaxin.staff@i.org", "admin@i.org", "admin2@i.org");
  }

  @Test
  void aRunCommitsEachReminderAndEachTermChangeOnItsOwnSoNoLockIsHeldForTheWholeRun() {
    fixture.families.register(
        13, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));
    fixture.families.register(
        14, LocalDate.of(2019, 1, 1), new Share(Deals.NTU, new BigDecimal("100")));
    fixture.deals.put(1, Deals.in(DealState.EXECUTED));
    fixture.deals.put(2, Deals.in(DealState.EXECUTED));

    int reminded = calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(7));
    int changed = calendar(LicensingFixture.system()).applyTerms(Deals.TERM_END.plusDays(1));

    assertThat(reminded).isEqualTo(3);
    assertThat(changed).isEqualTo(4);
    assertThat(fixture.audit.entries).hasSize(reminded + changed);
    // one unit reads what is due and writes nothing, then one unit per item with its one entry;
    // the terms read the executed deals, change them, then read the active ones
    assertThat(fixture.transactions.auditEntriesPerUnit)
        .containsExactly(0, 1, 1, 1, 0, 1, 1, 0, 1, 1);
  }

  @Test
  void aReminderRefusedAtCommitIsLeftForTheNextRunAndTheOthersAreSent() {
    fixture.families.register(
        13, LocalDate.of(2019, 1, 1), new Share(Deals.GKC, new BigDecimal("100")));
    fixture.transactions.refuse(2); // the first reminder, after the unit that reads what is due

    assertThat(calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(7)))
        .isEqualTo(1);
    assertThat(fixture.reminders.sent).containsExactly("13 PCT_FILING 2020-01-01 7");

    assertThat(calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(7)))
        .isEqualTo(1);
    assertThat(fixture.reminders.sent)
        .containsExactlyInAnyOrder("13 PCT_FILING 2020-01-01 7", "11 PCT_FILING 2020-01-01 7");
    assertThat(calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(7))).isZero();
  }

  @Test
  void theTermChecksReadOnlyTheDealsWhoseTermBeganOrEndedSoNoBatchIsFilledWithDealsNotDue() {
    fixture.deals.put(1, Deals.in(DealState.EXECUTED));
    fixture.deals.put(2, Deals.in(DealState.ACTIVE));

    assertThat(calendar(admin()).applyTerms(Deals.TERM_START.minusDays(1))).isZero();
    // the two reads found nothing to change: no unit of work for a deal
    assertThat(fixture.transactions.auditEntriesPerUnit).containsExactly(0, 0);

    assertThat(calendar(admin()).applyTerms(Deals.TERM_END.plusDays(1))).isEqualTo(3);
    assertThat(fixture.transactions.auditEntriesPerUnit).containsExactly(0, 0, 0, 1, 0, 1, 1);
  }

  @Test
  void aDeadlineMetAfterTheRunReadItIsNotReminded() {
    // between the unit that read what is due and the reminder's own unit, the PCT is filed
    fixture.transactions.meanwhile(
        2,
        () ->
            family11.file(
                Jurisdiction.PCT,
                "PCT/1",
                LocalDate.of(2019, 6, 1),
                ApplicationStatus.FILED,
                null));

    assertThat(calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(30))).isZero();
    assertThat(fixture.mails.sent).isEmpty();
    assertThat(fixture.reminders.sent).isEmpty();
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aReminderAnotherNodeSentAfterTheRunReadItIsNotSentAgain() {
    Deadline pct =
        family11.openDeadlines().stream()
            .filter(d -> d.kind() == Deadline.Kind.PCT_FILING)
            .findFirst()
            .orElseThrow();
    fixture.transactions.meanwhile(
        2, () -> fixture.reminders.add(new DeadlineReminder(pct, 30, Deals.NOW)));

    assertThat(calendar(LicensingFixture.system()).remindDeadlines(PCT_DUE.minusDays(30))).isZero();
    assertThat(fixture.mails.sent).isEmpty();
    assertThat(fixture.reminders.sent).containsExactly("11 PCT_FILING 2020-01-01 30");
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aDealAnotherRunActivatedAfterThisOneReadItIsNeitherCountedNorAuditedAgain() {
    fixture.deals.put(1, Deals.in(DealState.EXECUTED));
    fixture.transactions.meanwhile(
        2, () -> fixture.deals.find(1).orElseThrow().activateIfDue(Deals.TERM_START, Deals.NOW));

    assertThat(calendar(admin()).applyTerms(Deals.TERM_START)).isZero();
    assertThat(fixture.deals.find(1).orElseThrow().state()).isEqualTo(DealState.ACTIVE);
    assertThat(fixture.audit.entries).isEmpty();
  }

  @Test
  void aDealAnotherRunExpiredAfterThisOneReadItIsNeitherCountedNorAuditedAgain() {
    fixture.deals.put(1, Deals.in(DealState.ACTIVE));
    LocalDate after = Deals.TERM_END.plusDays(1);
    // units: the executed deals read (none), the active ones read, then the deal's own unit
    fixture.transactions.meanwhile(
        3, () -> fixture.deals.find(1).orElseThrow().expireIfDue(after, Deals.NOW));

    assertThat(calendar(admin()).applyTerms(after)).isZero();
    assertThat(fixture.deals.find(1).orElseThrow().state()).isEqualTo(DealState.EXPIRED);
    assertThat(fixture.audit.entries).isEmpty();
  }
}
