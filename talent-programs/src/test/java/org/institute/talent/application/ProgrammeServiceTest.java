package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewCohort;
import org.institute.talent.NewProgramme;
import org.institute.talent.NewSession;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.SessionView;
import org.institute.talent.TalentAction;
import org.institute.talent.Waitlists;
import org.junit.jupiter.api.Test;

/** Programmes, cohorts and sessions in memory; partners 1 (NTU) and 2 (CQU) exist. */
class ProgrammeServiceTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId CQU = new PartnerId(2);

  private final Stores.Programmes programmes = new Stores.Programmes();
  private final Stores.Cohorts cohorts = new Stores.Cohorts(programmes);
  private final Stores.Sessions sessions = new Stores.Sessions();
  private final RecordingAudit audit = new RecordingAudit();

  private static PartnerSummary partner(long id, String code) {
    return new PartnerSummary(
        new PartnerId(id),
        code,
        code + " en",
        null,
        PartnerKind.UNIVERSITY,
        "SG",
        "S",
        Set.of(),
        true);
  }

  private ProgrammeService service(Caller caller) {
    PartnerDirectory directory =
        (PartnerDirectory)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PartnerDirectory.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "all" -> List.of(partner(2, "CQU"), partner(1, "NTU"));
                      case "find" -> {
                        long id = ((PartnerId) args[0]).value();
                        yield id == 1
                            ? Optional.of(partner(1, "NTU"))
                            : id == 2 ? Optional.of(partner(2, "CQU")) : Optional.empty();
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    TalentPolicy policy = new TalentPolicy(caller);
    Views views = new Views();
    Wired.inject(views, "partners", directory);
    Wired.inject(views, "policy", policy);
    ProgrammeService service = new ProgrammeService();
    Wired.inject(service, "programmes", programmes);
    Wired.inject(service, "cohorts", cohorts);
    Wired.inject(service, "sessions", sessions);
    Wired.inject(service, "partners", directory);
    Wired.inject(service, "views", views);
    Wired.inject(service, "policy", policy);
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "clock", Wired.CLOCK);
    Wired.inject(
        service,
        "enrolments",
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {org.institute.talent.domain.EnrolmentRepository.class},
            (proxy, method, args) -> {
              if (method.getName().equals("first")) {
                return Optional.empty();
              }
              throw new UnsupportedOperationException(method.getName());
            }));
    return service;
  }

  private ProgrammeService as(Role role) {
    return service(TestCaller.of(Set.of(role), Optional.empty()));
  }

  private ProgrammeService staffOf(PartnerId partner) {
    return service(TestCaller.of(Set.of(Role.PARTNER_STAFF), Optional.of(partner)));
  }

  private static NewProgramme programme(String code, Set<PartnerId> owners) {
    return new NewProgramme(
        code, ProgrammeKind.MINIMASTERS, "MiniMasters", null, null, null, owners, null, null, null);
  }

  private static NewCohort cohort(long programmeId, Money fee) {
    return new NewCohort(
        programmeId,
        "2027 intake",
        null,
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 6, 30),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 2, 15),
        20,
        fee,
        CohortStatus.OPEN);
  }

  private static List<String> violations(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  @Test
  void aCoordinatorRegistersAProgrammeWhichIsAudited() {
    ProgrammeView view = as(Role.COORDINATOR).register(programme(" MM-TECH ", Set.of(CQU, NTU)));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.code()).isEqualTo("MM-TECH");
    assertThat(view.owners()).extracting(o -> o.code()).containsExactly("CQU", "NTU");
    assertThat(audit.entries).hasSize(1);
    assertThat(audit.entries.get(0))
        .startsWith("PROGRAMME_REGISTERED Programme#1: MM-TECH MiniMasters (MINIMASTERS, owners [");
  }

  @Test
  void onlyWritersRegisterProgrammesOpenCohortsChangeThemAndScheduleSessions() {
    as(Role.ADMIN).register(programme("MM", Set.of(NTU)));
    as(Role.ADMIN).openCohort(cohort(1, null));
    ProgrammeService council = as(Role.COUNCIL);

    assertThatThrownBy(() -> council.register(programme("X1", Set.of(NTU))))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.openCohort(cohort(1, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.changeStatus(1, CohortStatus.RUNNING))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> council.schedule(1, session(60)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(programmes.all).hasSize(1);
    assertThat(cohorts.all).hasSize(1);
    assertThat(cohorts.all.get(0).status()).isEqualTo(CohortStatus.OPEN);
  }

  @Test
  void aProgrammeCodeIsTwoToThirtyTwoCapitalsDigitsOrDashesAndUnique() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));

    assertThat(violations(() -> admin.register(programme("MM", Set.of(NTU)))))
        .containsExactly("code:programme.code.taken");
    for (String bad : new String[] {null, "M", "mm", "M".repeat(33)}) {
      assertThat(violations(() -> admin.register(programme(bad, Set.of(NTU)))))
          .as(String.valueOf(bad))
          .containsExactly("code:programme.code.invalid");
    }
    assertThat(violations(() -> admin.register(programme("M".repeat(32), Set.of(NTU))))).isEmpty();
  }

  @Test
  void everyProblemOfAProgrammeIsReportedAtOnce() {
    NewProgramme bad =
        new NewProgramme(
            "MM",
            null,
            " ",
            "中".repeat(301),
            "d".repeat(4001),
            "描".repeat(4001),
            Set.of(new PartnerId(9)),
            null,
            101,
            null);

    assertThat(violations(() -> as(Role.ADMIN).register(bad)))
        .containsExactly(
            "kind:programme.kind.required",
            "titleEn:programme.titleEn.required",
            "titleZh:field.tooLong",
            "descriptionEn:field.tooLong",
            "descriptionZh:field.tooLong",
            "minAttendancePercent:programme.attendance.invalid",
            "owners:partner.unknown");
    assertThat(programmes.all).isEmpty();
  }

  @Test
  void aProgrammeHasOwnersTextsWithinTheirLimitsAndAnAttendanceFromZeroToHundred() {
    ProgrammeService admin = as(Role.ADMIN);
    assertThat(violations(() -> admin.register(programme("MM", Set.of()))))
        .containsExactly("owners:programme.owners.required");
    NewProgramme longest =
        new NewProgramme(
            "M1",
            ProgrammeKind.MINIMASTERS,
            "t".repeat(300),
            "中".repeat(300),
            "d".repeat(4000),
            "描".repeat(4000),
            Set.of(NTU),
            null,
            100,
            null);
    assertThat(violations(() -> admin.register(longest))).isEmpty();
    NewProgramme tooLong =
        new NewProgramme(
            "M2",
            ProgrammeKind.MINIMASTERS,
            "t".repeat(301),
            null,
            null,
            null,
            Set.of(NTU),
            null,
            -1,
            null);
    assertThat(violations(() -> admin.register(tooLong)))
        .containsExactly(
            "titleEn:field.tooLong", "minAttendancePercent:programme.attendance.invalid");
    NewProgramme none =
        new NewProgramme(
            "M3", ProgrammeKind.MINIMASTERS, "T", null, null, null, Set.of(NTU), null, 0, null);
    assertThat(violations(() -> admin.register(none))).isEmpty();
  }

  @Test
  void partnerStaffReadTheProgrammesAndCohortsTheirPartnerOwns() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("NTU-MM", Set.of(NTU)));
    admin.register(programme("CQU-MM", Set.of(CQU)));
    admin.openCohort(cohort(1, null));
    admin.openCohort(cohort(2, null));
    ProgrammeService staff = staffOf(CQU);

    var page = staff.list(null, null, 0, 10);
    assertThat(page.items()).extracting(ProgrammeView::code).containsExactly("CQU-MM");
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.items().get(0).owners()).extracting(o -> o.code()).containsExactly("CQU");
    assertThat(staff.find(1)).isEmpty();
    assertThat(staff.find(2)).map(ProgrammeView::code).contains("CQU-MM");
    assertThat(staff.find(3)).isEmpty();
    var cohortPage = staff.cohorts(null, null, 0, 10);
    assertThat(cohortPage.items()).extracting(CohortView::id).containsExactly(2L);
    assertThat(cohortPage.total()).isEqualTo(1);
    assertThat(staff.cohort(1)).isEmpty();
    assertThat(staff.cohort(2)).isPresent();
  }

  @Test
  void callersWhoReadNoProgrammeAreRefused() {
    ProgrammeService nobody = service(TestCaller.of(Set.of(), Optional.empty()));

    assertThatThrownBy(() -> nobody.list(null, null, 0, 10))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> nobody.find(1)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> nobody.cohorts(null, null, 0, 10))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> nobody.cohort(1)).isInstanceOf(AccessRefusedException.class);
    assertThat(nobody.allowedActions()).isEmpty();
    assertThat(as(Role.COORDINATOR).allowedActions()).contains(TalentAction.REGISTER_PROGRAMME);
  }

  @Test
  void anOpenedCohortIsAuditedWithItsFee() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));

    CohortView view = admin.openCohort(cohort(1, Money.of("2800", "SGD")));
    admin.openCohort(cohort(1, null));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.programmeCode()).isEqualTo("MM");
    assertThat(view.waitlisted()).isZero();
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "COHORT_OPENED Cohort#1: MM 2027 intake 2027-03-01..2027-06-30, capacity 20, fee "
                + Money.of("2800", "SGD"));
    assertThat(audit.entries.get(2))
        .isEqualTo("COHORT_OPENED Cohort#2: MM 2027 intake 2027-03-01..2027-06-30, capacity 20");
  }

  @Test
  void aCohortNeedsAKnownProgrammeAndValidDates() {
    ProgrammeService admin = as(Role.ADMIN);
    assertThat(violations(() -> admin.openCohort(cohort(1, null))))
        .containsExactly("programmeId:programme.unknown");
    admin.register(programme("MM", Set.of(NTU)));
    NewCohort reversed =
        new NewCohort(
            1,
            "x",
            null,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 2),
            5,
            null,
            null);
    assertThat(violations(() -> admin.openCohort(reversed)))
        .containsExactly("endsOn:cohort.endsBeforeStart");
    assertThat(cohorts.all).isEmpty();
  }

  @Test
  void aStatusChangeLocksTheCohortAndIsAudited() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));
    admin.openCohort(cohort(1, null));

    CohortView view = admin.changeStatus(1, CohortStatus.RUNNING);

    assertThat(view.status()).isEqualTo(CohortStatus.RUNNING);
    assertThat(cohorts.locks).isEqualTo(1);
    assertThat(audit.entries.get(2)).isEqualTo("COHORT_STATUS_CHANGED Cohort#1: OPEN -> RUNNING");
    assertThat(violations(() -> admin.changeStatus(1, null)))
        .containsExactly("status:cohort.status.required");
    assertThatThrownBy(() -> admin.changeStatus(5, CohortStatus.RUNNING))
        .isInstanceOf(RecordNotFoundException.class);
    admin.changeStatus(1, CohortStatus.COMPLETED);
    assertThatThrownBy(() -> admin.changeStatus(1, CohortStatus.OPEN))
        .isInstanceOf(ConflictException.class);
  }

  private static NewSession session(int minutes) {
    return new NewSession(
        LocalDateTime.of(2027, 3, 2, 9, 0),
        "Asia/Singapore",
        minutes,
        "Lean start-up",
        null,
        DeliveryMode.ONLINE,
        null,
        null);
  }

  @Test
  void aScheduledSessionBelongsToItsCohortAndIsAudited() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));
    admin.openCohort(cohort(1, null));

    SessionView view = admin.schedule(1, session(90));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.cohortId()).isEqualTo(1);
    assertThat(audit.entries.get(2))
        .isEqualTo(
            "SESSION_SCHEDULED Session#1: cohort 1: Lean start-up at"
                + " 2027-03-02T09:00+08:00[Asia/Singapore] (ONLINE)");
    assertThat(admin.cohort(1).orElseThrow().sessions()).containsExactly(view);
    assertThatThrownBy(() -> admin.schedule(2, session(90)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.schedule(1, session(5)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(sessions.all).hasSize(1);
  }

  @Test
  void aRevisedProgrammeIsAuditedWithItsTitlesBeforeAndAfter() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));

    ProgrammeView view =
        admin.revise(
            1,
            new org.institute.talent.ProgrammeChanges(
                "MiniMasters Tech", "微硕士", null, null, null, 75, true));

    assertThat(view.title("zh-CN")).isEqualTo("微硕士");
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "PROGRAMME_REVISED Programme#1: MM MiniMasters / null -> MiniMasters Tech / 微硕士"
                + " (OPEN, attendance 75 %, assessment true)");
    assertThatThrownBy(
            () ->
                as(Role.COUNCIL)
                    .revise(
                        1,
                        new org.institute.talent.ProgrammeChanges(
                            "x", null, null, null, null, 75, true)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                admin.revise(
                    9,
                    new org.institute.talent.ProgrammeChanges(
                        "x", null, null, null, null, 75, true)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private static org.institute.talent.CohortChanges changes(int capacity) {
    return new org.institute.talent.CohortChanges(
        "2027 spring",
        "2027春季班",
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 7, 31),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 2, 15),
        capacity,
        null);
  }

  @Test
  void aRevisedCohortIsLockedCheckedAndAuditedBeforeAndAfter() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));
    admin.openCohort(cohort(1, Money.of("2800", "SGD")));

    CohortView view = admin.reviseCohort(1, changes(25));

    assertThat(view.name("zh-CN")).isEqualTo("2027春季班");
    assertThat(view.capacity()).isEqualTo(25);
    assertThat(view.fee()).isNull();
    assertThat(cohorts.locks).isEqualTo(1);
    assertThat(audit.entries.get(2))
        .isEqualTo(
            "COHORT_REVISED Cohort#1: 2027 intake 2027-03-01..2027-06-30, applications"
                + " 2027-01-01..2027-02-15, capacity 20, fee "
                + Money.of("2800", "SGD")
                + " -> 2027 spring / 2027春季班 2027-03-01..2027-07-31, applications"
                + " 2027-01-01..2027-02-15, capacity 25, free");
    org.institute.talent.CohortChanges reversed =
        new org.institute.talent.CohortChanges(
            " ",
            null,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 2),
            0,
            null);
    assertThat(violations(() -> admin.reviseCohort(1, reversed)))
        .containsExactlyInAnyOrder(
            "name:cohort.name.required",
            "capacity:cohort.capacity.invalid",
            "endsOn:cohort.endsBeforeStart");
    assertThat(audit.entries).hasSize(3);
    assertThatThrownBy(() -> as(Role.AUDITOR).reviseCohort(1, changes(30)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aRescheduledSessionIsAuditedBeforeAndAfterAndStaysInItsCohort() {
    ProgrammeService admin = as(Role.ADMIN);
    admin.register(programme("MM", Set.of(NTU)));
    admin.openCohort(cohort(1, null));
    admin.openCohort(cohort(1, null));
    admin.schedule(1, session(90));

    SessionView view =
        admin.reschedule(
            1,
            1,
            new NewSession(
                LocalDateTime.of(2027, 3, 9, 14, 0),
                "Asia/Shanghai",
                120,
                "Lean start-up",
                "精益创业",
                DeliveryMode.ONLINE,
                null,
                null));

    assertThat(view.topic("zh-CN")).isEqualTo("精益创业");
    assertThat(audit.entries.get(4))
        .isEqualTo(
            "SESSION_RESCHEDULED Session#1: cohort 1: Lean start-up at"
                + " 2027-03-02T09:00+08:00[Asia/Singapore] -> Lean start-up at"
                + " 2027-03-09T14:00+08:00[Asia/Shanghai] (ONLINE, 120 min)");
    assertThatThrownBy(() -> admin.reschedule(2, 1, session(90)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> as(Role.COUNCIL).reschedule(1, 1, session(90)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theWaitlistsOfCohortsTakingEnrolmentsAreSummedForThoseWhoManageTheirEnrolments() {
    ProgrammeService admin = as(Role.ADMIN);
    long programme = admin.register(programme("MM-W", Set.of(NTU))).id();
    assertThat(admin.waitlists()).isEqualTo(Waitlists.NONE);
    long first = admin.openCohort(cohort(programme, null)).id();
    for (int i = 0; i < 23; i++) {
      cohorts.seats.claim(first);
    }
    assertThat(admin.waitlists()).isEqualTo(new Waitlists(1, 3, first));
    long second = admin.openCohort(cohort(programme, null)).id();
    admin.openCohort(cohort(programme, null));
    for (int i = 0; i < 22; i++) {
      cohorts.seats.claim(second);
    }
    assertThat(as(Role.COORDINATOR).waitlists()).isEqualTo(new Waitlists(2, 5, null));
    // those who do not manage enrolments have none waiting for them, and nothing is read
    assertThat(as(Role.AUDITOR).waitlists()).isEqualTo(Waitlists.NONE);
    assertThat(as(Role.COUNCIL).waitlists()).isEqualTo(Waitlists.NONE);
    assertThat(staffOf(NTU).waitlists()).isEqualTo(Waitlists.NONE);
  }
}
