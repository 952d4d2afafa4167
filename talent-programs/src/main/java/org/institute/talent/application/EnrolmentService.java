package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.Mailer;
import org.institute.core.RecordNotFoundException;
import org.institute.talent.AttendanceSheet;
import org.institute.talent.CertificateView;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.EnrolmentState;
import org.institute.talent.Enrolments;
import org.institute.talent.Roster;
import org.institute.talent.RosterEntry;
import org.institute.talent.Withdrawal;
import org.institute.talent.domain.Attendance;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.SessionRepository;

@ApplicationScoped
@Transactional
class EnrolmentService implements Enrolments {

  @Inject private CohortRepository cohorts;
  @Inject private ProgrammeRepository programmes;
  @Inject private ParticipantRepository participants;
  @Inject private EnrolmentRepository enrolments;
  @Inject private SessionRepository sessions;
  @Inject private CertificateIssuer certificates;
  @Inject private Access access;
  @Inject private AuditTrail audit;
  @Inject private Mailer mailer;
  @Inject private Clock clock;

  @Override
  public EnrolmentResult enrol(long cohortId, long participantId) {
    access.requireWriter("enrolling");
    // the row lock makes enrolments into one cohort take turns: capacity holds, order is commit
    // order
    Cohort cohort = cohorts.lock(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    Participant participant =
        participants
            .find(participantId)
            .orElseThrow(() -> InvalidCommandException.of("participantId", "participant.unknown"));
    return admit(cohort, programme, participant, clock.instant());
  }

  /** Admits one participant into a locked cohort, stores and audits it. */
  EnrolmentResult admit(Cohort cohort, Programme programme, Participant participant, Instant now) {
    Optional<Enrolment> existing = enrolments.find(cohort.id(), participant.id());
    Enrolment enrolment = cohort.admit(programme, participant, existing, now);
    if (existing.isEmpty()) {
      enrolments.add(enrolment);
    }
    EnrolmentResult result = result(enrolment);
    audit.record(
        enrolment.state() == EnrolmentState.ENROLLED ? "ENROLLED" : "WAITLISTED",
        "Enrolment",
        String.valueOf(enrolment.id()),
        "participant "
            + participant.id()
            + " in cohort "
            + cohort.id()
            + (result.waitlistPosition() == null
                ? ""
                : ", waitlist position " + result.waitlistPosition()));
    return result;
  }

  @Override
  public Withdrawal withdraw(long cohortId, long enrolmentId) {
    access.requireWriter("withdrawing an enrolment");
    Cohort cohort = cohorts.lock(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    Instant now = clock.instant();
    Optional<Enrolment> promoted = cohort.withdraw(enrolment, enrolments, now);
    audit.record(
        "WITHDRAWN",
        "Enrolment",
        String.valueOf(enrolmentId),
        "participant " + enrolment.participantId() + " left cohort " + cohortId);
    promoted.ifPresent(p -> notifyPromotion(cohort, p));
    return new Withdrawal(result(enrolment), promoted.map(this::result).orElse(null));
  }

  private void notifyPromotion(Cohort cohort, Enrolment promoted) {
    audit.record(
        "PROMOTED_FROM_WAITLIST",
        "Enrolment",
        String.valueOf(promoted.id()),
        "participant " + promoted.participantId() + " takes a freed seat in cohort " + cohort.id());
    Participant person = participants.find(promoted.participantId()).orElseThrow();
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    mailer.send(
        person.email(),
        "A seat is yours: " + programme.titleEn() + " / 您已获得名额",
        "Dear "
            + person.nameLatin()
            + ",\n\n"
            + "a seat has become free in "
            + programme.titleEn()
            + ", "
            + cohort.name()
            + " ("
            + cohort.startsOn()
            + " to "
            + cohort.endsOn()
            + "), and it is yours:"
            + " you have moved from the waitlist to the roster.\n\n"
            + (person.nameZh() == null ? "您好" : person.nameZh() + "您好")
            + "：\n\n"
            + (programme.titleZh() == null ? programme.titleEn() : programme.titleZh())
            + "（"
            + cohort.name()
            + "）有名额空出，您已从候补名单转为正式学员。\n\n"
            + "Programme coordinator / 项目协调员");
  }

  @Override
  public Roster roster(long cohortId) {
    CohortRepository.Row row = readableRow(cohortId);
    int taken = sessions.taken(cohortId);
    List<RosterEntry> seated = new ArrayList<>();
    List<RosterEntry> waitlist = new ArrayList<>();
    List<RosterEntry> withdrawn = new ArrayList<>();
    int position = 0;
    for (EnrolmentRepository.Line line : enrolments.roster(cohortId)) {
      Enrolment e = line.enrolment();
      Participant p = line.participant();
      Integer pos = e.state() == EnrolmentState.WAITLISTED ? ++position : null;
      RosterEntry entry =
          new RosterEntry(
              e.id(),
              p.id(),
              p.nameLatin(),
              p.nameZh(),
              p.email(),
              p.view().organisation(),
              e.state(),
              pos,
              e.assessmentPassed(),
              (int) line.attended(),
              taken,
              line.certificateCode());
      switch (e.state()) {
        case WAITLISTED -> waitlist.add(entry);
        case WITHDRAWN -> withdrawn.add(entry);
        default -> seated.add(entry);
      }
    }
    seated.sort(java.util.Comparator.comparing(RosterEntry::nameLatin));
    return new Roster(Views.cohort(row), seated, waitlist, withdrawn);
  }

  @Override
  public AttendanceSheet attendance(long cohortId, long sessionId) {
    readableRow(cohortId);
    Session session = sessionOf(cohortId, sessionId);
    return sheet(cohortId, session);
  }

  private AttendanceSheet sheet(long cohortId, Session session) {
    Map<Long, Attendance> marks = sessions.marks(session.id());
    List<AttendanceSheet.Mark> lines =
        enrolments.seated(cohortId).stream()
            .map(
                l -> {
                  Attendance a = marks.get(l.enrolment().id());
                  return new AttendanceSheet.Mark(
                      l.enrolment().id(),
                      l.participant().nameLatin(),
                      l.participant().nameZh(),
                      a == null ? null : a.present());
                })
            .toList();
    return new AttendanceSheet(session.view(), lines);
  }

  @Override
  public AttendanceSheet recordAttendance(long cohortId, long sessionId, Set<Long> absent) {
    access.requireWriter("recording attendance");
    cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Session session = sessionOf(cohortId, sessionId);
    Set<Long> seated =
        enrolments.seated(cohortId).stream()
            .map(l -> l.enrolment().id())
            .collect(Collectors.toSet());
    Set<Long> absentees = absent == null ? Set.of() : absent;
    if (!seated.containsAll(absentees)) {
      throw InvalidCommandException.of("absent", "attendance.notSeated");
    }
    Map<Long, Attendance> marks = sessions.marks(sessionId);
    for (long enrolmentId : seated) {
      boolean present = !absentees.contains(enrolmentId);
      Attendance mark = marks.get(enrolmentId);
      if (mark == null) {
        sessions.add(new Attendance(sessionId, enrolmentId, present));
      } else {
        mark.mark(present);
      }
    }
    session.attendanceTaken();
    audit.record(
        "ATTENDANCE_RECORDED",
        "Session",
        String.valueOf(sessionId),
        "cohort "
            + cohortId
            + ": "
            + (seated.size() - absentees.size())
            + " present, absent "
            + absentees.stream().sorted().toList());
    return sheet(cohortId, session);
  }

  @Override
  public EnrolmentResult recordAssessment(long cohortId, long enrolmentId, boolean passed) {
    access.requireWriter("recording an assessment");
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    enrolment.recordAssessment(passed, clock.instant());
    audit.record(
        "ASSESSMENT_RECORDED",
        "Enrolment",
        String.valueOf(enrolmentId),
        passed ? "passed" : "not passed");
    return result(enrolment);
  }

  @Override
  public CertificateView complete(long cohortId, long enrolmentId) {
    access.requireWriter("confirming completion");
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    int taken = sessions.taken(cohortId);
    int attended = (int) enrolments.attended(enrolmentId);
    enrolment.complete(programme.completionRule(), attended, taken, clock.instant());
    audit.record(
        "COMPLETED",
        "Enrolment",
        String.valueOf(enrolmentId),
        "attended "
            + attended
            + " of "
            + taken
            + " sessions, assessment "
            + (Boolean.TRUE.equals(enrolment.assessmentPassed()) ? "passed" : "not required"));
    Participant holder = participants.find(enrolment.participantId()).orElseThrow();
    return certificates.issue(enrolment, holder, programme, cohort);
  }

  @Override
  public EnrolmentResult fail(long cohortId, long enrolmentId) {
    access.requireWriter("recording a failure");
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    enrolment.fail(clock.instant());
    audit.record("FAILED", "Enrolment", String.valueOf(enrolmentId), "did not complete");
    return result(enrolment);
  }

  private CohortRepository.Row readableRow(long cohortId) {
    return cohorts
        .row(cohortId)
        .filter(r -> access.mayRead(r.programme()))
        .orElseThrow(() -> new RecordNotFoundException("cohort"));
  }

  private Enrolment enrolmentOf(long cohortId, long enrolmentId) {
    return enrolments
        .find(enrolmentId)
        .filter(e -> e.cohortId() == cohortId)
        .orElseThrow(() -> new RecordNotFoundException("enrolment"));
  }

  private Session sessionOf(long cohortId, long sessionId) {
    return sessions
        .find(sessionId)
        .filter(s -> s.cohortId() == cohortId)
        .orElseThrow(() -> new RecordNotFoundException("session"));
  }

  EnrolmentResult result(Enrolment e) {
    Integer position =
        e.state() == EnrolmentState.WAITLISTED
            ? enrolments.waitlistPosition(e.cohortId(), e.waitlistTicket())
            : null;
    return new EnrolmentResult(e.id(), e.cohortId(), e.participantId(), e.state(), position);
  }
}
