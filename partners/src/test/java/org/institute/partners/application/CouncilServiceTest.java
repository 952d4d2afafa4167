package org.institute.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.partners.Council;
import org.institute.partners.CouncilAction;
import org.institute.partners.CouncilRole;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.domain.CouncilMeeting;
import org.institute.partners.domain.Partner;
import org.junit.jupiter.api.Test;

class CouncilServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final PartnerId NTU = new PartnerId(1);

  private final InMemoryPartners partners = new InMemoryPartners();
  private final InMemoryCouncil council = new InMemoryCouncil();
  private final InMemoryDocuments documents = new InMemoryDocuments();
  private final RecordingAudit audit = new RecordingAudit();

  CouncilServiceTest() {
    partners.add(
        new Partner(
            new NewPartner(
                "NTU",
                "Nanyang Technological University",
                null,
                PartnerKind.UNIVERSITY,
                "SG",
                "Singapore"),
            LocalDate.of(1991, 1, 1),
            Instant.EPOCH));
  }

  private CouncilService service(Caller caller) {
    CouncilService s = new CouncilService();
    Wiring.inject(s, "council", council);
    Wiring.inject(s, "partners", partners);
    Wiring.inject(s, "documents", documents);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "policy", new PartnersPolicy(caller));
    Wiring.inject(
        s, "clock", Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return s;
  }

  private CouncilService admin() {
    return service(TestCaller.admin());
  }

  private static Council.NewMember member(String name, CouncilRole role, LocalDate since) {
    return new Council.NewMember(name, null, null, null, NTU, role, since);
  }

  private static List<Violation> refusals(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  @Test
  void anAppointedMemberIsAuditedWithPartnerRoleAndDate() {
    Council.Member m =
        admin().appoint(member(" Lim ", CouncilRole.CO_CHAIR, LocalDate.of(2016, 1, 1)));

    assertThat(m.id()).isEqualTo(1L);
    assertThat(m.partnerCode()).isEqualTo("NTU");
    assertThat(audit.entries)
        .containsExactly(
            "COUNCIL_MEMBER_APPOINTED CouncilMember#1: Lim (NTU, CO_CHAIR) from 2016-01-01");
  }

  @Test
  void anAppointmentNeedsANamePartnerRoleAndADateFrom2000To2200() {
    CouncilService s = admin();
    assertThat(
            refusals(
                () ->
                    s.appoint(
                        new Council.NewMember(
                            " ",
                            "林".repeat(201),
                            "t".repeat(201),
                            "职".repeat(201),
                            new PartnerId(5),
                            null,
                            LocalDate.of(1999, 12, 31)))))
        .containsExactly(
            new Violation("name", "council.member.name.required"),
            new Violation("nameZh", "field.tooLong"),
            new Violation("title", "field.tooLong"),
            new Violation("titleZh", "field.tooLong"),
            new Violation("partner", "partner.unknown"),
            new Violation("role", "council.member.role.required"),
            new Violation("since", "date.outOfRange"));
    assertThat(
            refusals(
                () ->
                    s.appoint(
                        new Council.NewMember(
                            null, null, null, "理事", null, CouncilRole.MEMBER, null))))
        .containsExactly(
            new Violation("name", "council.member.name.required"),
            new Violation("title", "council.member.title.englishFirst"),
            new Violation("partner", "partner.unknown"),
            new Violation("since", "date.outOfRange"));
    assertThat(
            refusals(
                () ->
                    s.appoint(
                        member("n".repeat(201), CouncilRole.MEMBER, LocalDate.of(2201, 1, 1)))))
        .containsExactly(
            new Violation("name", "council.member.name.required"),
            new Violation("since", "date.outOfRange"));
    assertThat(
            refusals(
                () ->
                    s.appoint(
                        new Council.NewMember(
                            "n".repeat(200),
                            "林".repeat(200),
                            "t".repeat(200),
                            "职".repeat(200),
                            NTU,
                            CouncilRole.MEMBER,
                            LocalDate.of(2000, 1, 1)))))
        .isEmpty();
    assertThat(
            refusals(
                () -> s.appoint(member("Late", CouncilRole.MEMBER, LocalDate.of(2200, 12, 31)))))
        .isEmpty();
    assertThat(council.members).hasSize(2);
  }

  @Test
  void membersAreListedCurrentFirstThenByRoleThenBySeniority() {
    CouncilService s = admin();
    s.appoint(member("Future", CouncilRole.CO_CHAIR, TODAY.plusDays(1)));
    s.appoint(member("Observer", CouncilRole.OBSERVER, LocalDate.of(2016, 1, 1)));
    s.appoint(member("Junior chair", CouncilRole.CO_CHAIR, LocalDate.of(2020, 1, 1)));
    s.appoint(member("Senior chair", CouncilRole.CO_CHAIR, LocalDate.of(2015, 1, 1)));

    assertThat(service(TestCaller.council()).members(false))
        .extracting(Council.Member::name)
        .containsExactly("Senior chair", "Junior chair", "Observer", "Future");
    assertThat(service(TestCaller.auditor()).members(true))
        .extracting(Council.Member::name)
        .containsExactly("Senior chair", "Junior chair", "Observer");
  }

  @Test
  void theCouncilsRecordsAreForAdminsCouncilAndAuditorsOnly() {
    long meeting = admin().recordMeeting(new Council.NewMeeting(TODAY, "Sixth", null)).id();
    for (Caller c :
        List.of(TestCaller.staffOf(1), TestCaller.coordinator(), TestCaller.anonymous())) {
      CouncilService s = service(c);
      assertThatThrownBy(() -> s.members(false)).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.meetings(0, 10)).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.meeting(meeting)).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.minutes(meeting)).isInstanceOf(AccessRefusedException.class);
    }
    for (Caller c : List.of(TestCaller.council(), TestCaller.auditor(), TestCaller.staffOf(1))) {
      CouncilService s = service(c);
      assertThatThrownBy(() -> s.appoint(member("X", CouncilRole.MEMBER, TODAY)))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.recordMeeting(new Council.NewMeeting(TODAY, "X", null)))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(
              () ->
                  s.recordDecision(
                      meeting, new Council.NewDecision(0L, "X", DecisionOutcome.NOTED)))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.attachMinutes(meeting, 0L, "m.pdf", new byte[1]))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThat(service(TestCaller.council()).meetings(0, 10).total()).isEqualTo(1);
    assertThat(service(TestCaller.auditor()).meeting(meeting).orElseThrow().title())
        .isEqualTo("Sixth");
  }

  @Test
  void aMeetingIsHeldFrom2000ToTwoYearsAheadWithATitle() {
    CouncilService s = admin();
    assertThat(refusals(() -> s.recordMeeting(new Council.NewMeeting(null, " ", "l".repeat(201)))))
        .containsExactly(
            new Violation("heldOn", "date.outOfRange"),
            new Violation("title", "council.meeting.title.required"),
            new Violation("location", "field.tooLong"));
    assertThat(
            refusals(
                () ->
                    s.recordMeeting(
                        new Council.NewMeeting(LocalDate.of(1999, 12, 31), null, null))))
        .containsExactly(
            new Violation("heldOn", "date.outOfRange"),
            new Violation("title", "council.meeting.title.required"));
    assertThat(
            refusals(
                () ->
                    s.recordMeeting(
                        new Council.NewMeeting(
                            TODAY.plusYears(2).plusDays(1), "t".repeat(301), null))))
        .containsExactly(
            new Violation("heldOn", "date.outOfRange"), new Violation("title", "field.tooLong"));
    assertThat(
            refusals(
                () ->
                    s.recordMeeting(
                        new Council.NewMeeting(
                            TODAY.plusYears(2), "t".repeat(300), "l".repeat(200)))))
        .isEmpty();
    assertThat(
            refusals(
                () ->
                    s.recordMeeting(
                        new Council.NewMeeting(LocalDate.of(2000, 1, 1), "First", null))))
        .isEmpty();
    assertThat(audit.entries)
        .containsExactly(
            "COUNCIL_MEETING_RECORDED CouncilMeeting#1: " + "t".repeat(300) + " on 2026-06-15",
            "COUNCIL_MEETING_RECORDED CouncilMeeting#2: First on 2000-01-01");
  }

  @Test
  void decisionsAreNumberedPerYearAcrossMeetings() {
    CouncilService s = admin();
    long spring =
        s.recordMeeting(new Council.NewMeeting(LocalDate.of(2020, 3, 1), "Spring", null)).id();
    long winter =
        s.recordMeeting(new Council.NewMeeting(LocalDate.of(2020, 12, 8), "Winter", null)).id();
    long next =
        s.recordMeeting(new Council.NewMeeting(LocalDate.of(2021, 3, 1), "Next", null)).id();

    s.recordDecision(spring, new Council.NewDecision(0L, "Budget", DecisionOutcome.APPROVED));
    Council.Meeting w =
        s.recordDecision(
            winter, new Council.NewDecision(0L, " Phase two ", DecisionOutcome.APPROVED));
    Council.Meeting n =
        s.recordDecision(next, new Council.NewDecision(0L, "Report", DecisionOutcome.NOTED));

    assertThat(w.decisions())
        .containsExactly(
            new Council.Decision("GC-2020-02", 1, "Phase two", DecisionOutcome.APPROVED));
    assertThat(n.decisions().get(0).reference()).isEqualTo("GC-2021-01");
    assertThat(audit.entries.get(4))
        .isEqualTo("COUNCIL_DECISION_RECORDED CouncilMeeting#2: GC-2020-02 APPROVED: Phase two");
    assertThat(service(TestCaller.staffOf(1)).decision("GC-2020-02").orElseThrow().text())
        .isEqualTo("Phase two");
  }

  @Test
  void aDecisionNeedsTextAnOutcomeAndTheMeetingAsRead() {
    CouncilService s = admin();
    long id = s.recordMeeting(new Council.NewMeeting(TODAY, "Sixth", null)).id();

    assertThat(refusals(() -> s.recordDecision(id, new Council.NewDecision(0L, " ", null))))
        .containsExactly(
            new Violation("text", "council.decision.text.required"),
            new Violation("outcome", "council.decision.outcome.required"));
    assertThat(
            refusals(
                () ->
                    s.recordDecision(id, new Council.NewDecision(0L, null, DecisionOutcome.NOTED))))
        .containsExactly(new Violation("text", "council.decision.text.required"));
    assertThat(
            refusals(
                () ->
                    s.recordDecision(
                        id, new Council.NewDecision(0L, "t".repeat(4001), DecisionOutcome.NOTED))))
        .containsExactly(new Violation("text", "field.tooLong"));
    assertThat(
            refusals(
                () ->
                    s.recordDecision(
                        id, new Council.NewDecision(0L, "t".repeat(4000), DecisionOutcome.NOTED))))
        .isEmpty();
    assertThatThrownBy(
            () -> s.recordDecision(id, new Council.NewDecision(5L, "Late", DecisionOutcome.NOTED)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> s.recordDecision(99, new Council.NewDecision(0L, "Lost", DecisionOutcome.NOTED)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(council.meetings.get(id).view(Set.of()).decisions()).hasSize(1);
  }

  @Test
  void membersAreShownWithTheirPartnersCode() {
    admin().appoint(member("Lim", CouncilRole.MEMBER, LocalDate.of(2016, 1, 1)));
    assertThat(service(TestCaller.council()).members(false))
        .extracting(Council.Member::partnerCode)
        .containsExactly("NTU");
  }

  @Test
  void aDecisionIsRecordedAgainstTheVersionOfTheMeetingRead() {
    CouncilService s = admin();
    long id = s.recordMeeting(new Council.NewMeeting(TODAY, "Sixth", null)).id();
    Wiring.bumpVersion(council.meetings.get(id));

    assertThatThrownBy(
            () -> s.recordDecision(id, new Council.NewDecision(0L, "Late", DecisionOutcome.NOTED)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.attachMinutes(id, 0L, "m.pdf", new byte[1]))
        .isInstanceOf(ConflictException.class);
    assertThat(
            s.recordDecision(id, new Council.NewDecision(1L, "On time", DecisionOutcome.NOTED))
                .decisions())
        .hasSize(1);
    assertThat(s.attachMinutes(id, 1L, "m.pdf", new byte[1]).hasMinutes()).isTrue();
  }

  @Test
  void minutesAreAttachedAuditedAndReadBack() {
    CouncilService s = admin();
    long id = s.recordMeeting(new Council.NewMeeting(TODAY, "Sixth", null)).id();
    assertThat(s.minutes(id)).isEmpty();

    Council.Meeting m = s.attachMinutes(id, 0L, "minutes.pdf", new byte[] {4, 2});

    assertThat(m.hasMinutes()).isTrue();
    assertThat(audit.entries.get(1))
        .isEqualTo("COUNCIL_MINUTES_ATTACHED CouncilMeeting#1: minutes minutes.pdf (document 100)");
    Council.Attachment a = service(TestCaller.council()).minutes(id).orElseThrow();
    assertThat(a.fileName()).isEqualTo("minutes.pdf");
    assertThat(a.content()).containsExactly(4, 2);
    assertThatThrownBy(() -> s.attachMinutes(id, 7L, "m.pdf", new byte[1]))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.attachMinutes(42, 0L, "m.pdf", new byte[1]))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aDecisionIsLookedUpBySignedInUsersByAReferenceOfAtMostTwentyCharacters() {
    assertThatThrownBy(() -> service(TestCaller.anonymous()).decision("GC-2020-01"))
        .isInstanceOf(AccessRefusedException.class);
    CouncilService staff = service(TestCaller.staffOf(1));
    assertThat(staff.decision(null)).isEmpty();
    assertThat(staff.decision("GC-2020-01".repeat(3))).isEmpty();
    assertThat(staff.decision("GC-2020-01")).isEmpty();

    CouncilMeeting held = new CouncilMeeting(new Council.NewMeeting(TODAY, "Seventh", null));
    council.add(held);
    String twenty = "GC-2024-01-EXTENDED";
    assertThat(twenty + "X").hasSize(20);
    held.decide(twenty + "X", "Kept", DecisionOutcome.NOTED);
    assertThat(staff.decision(twenty + "X").orElseThrow().text()).isEqualTo("Kept");
  }

  @Test
  void anAdminIsOfferedEveryCouncilRecordAndReadersNone() {
    long id = admin().recordMeeting(new Council.NewMeeting(TODAY, "Sixth", null)).id();

    Council.MeetingPage page = admin().meetings(0, 10);
    assertThat(page.allowedActions()).containsExactlyInAnyOrder(CouncilAction.values());
    assertThat(page.meetings().get(0).allowedActions())
        .containsExactlyInAnyOrder(CouncilAction.RECORD_DECISION, CouncilAction.ATTACH_MINUTES);
    assertThat(admin().meeting(id).orElseThrow().allowedActions())
        .containsExactlyInAnyOrder(CouncilAction.RECORD_DECISION, CouncilAction.ATTACH_MINUTES);

    for (Caller c : List.of(TestCaller.council(), TestCaller.auditor())) {
      CouncilService s = service(c);
      assertThat(s.meetings(0, 10).allowedActions()).as(c.name()).isEmpty();
      assertThat(s.meetings(0, 10).meetings().get(0).allowedActions()).as(c.name()).isEmpty();
      assertThat(s.meeting(id).orElseThrow().allowedActions()).as(c.name()).isEmpty();
    }
  }
}
