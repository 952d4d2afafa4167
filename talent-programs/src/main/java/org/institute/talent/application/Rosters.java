package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.RecordNotFoundException;
import org.institute.core.SearchText;
import org.institute.talent.AttendanceSheet;
import org.institute.talent.Enrolments;
import org.institute.talent.Roster;
import org.institute.talent.RosterEntry;
import org.institute.talent.domain.Attendance;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.CourseEnd;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.SessionRepository;

/** A cohort's roster and its sessions' attendance, for {@link EnrolmentService}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class Rosters {

  @Inject private CohortRepository cohorts;
  @Inject private EnrolmentRepository enrolments;
  @Inject private SessionRepository sessions;
  @Inject private Views views;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  Roster roster(long cohortId) {
    return roster(cohortId, null, null);
  }

  /**
   * The roster with the people the search finds, in SQL; the seated in the order asked for, the
   * waitlist in its own order with each one's place in the whole line, the withdrawn as sorted.
   */
  Roster roster(long cohortId, String text, String sort) {
    CohortRepository.Row row = readableRow(cohortId);
    ListSort order = ListSort.parse(sort, Enrolments.ROSTER_SORTS, Enrolments.ROSTER_SORT);
    SearchText search = SearchText.of(text).orElse(null);
    List<Session> held = sessions.ofCohort(cohortId);
    int taken = (int) held.stream().filter(Session::isAttendanceTaken).count();
    List<RosterEntry> seated = new ArrayList<>();
    List<EnrolmentRepository.Line> waiting = new ArrayList<>();
    List<RosterEntry> withdrawn = new ArrayList<>();
    for (EnrolmentRepository.Line line : enrolments.roster(cohortId, search, order)) {
      switch (line.enrolment().state()) {
        case WAITLISTED -> waiting.add(line);
        case WITHDRAWN -> withdrawn.add(entry(line, null, taken));
        default -> seated.add(entry(line, null, taken));
      }
    }
    // the waitlist is a queue: always in the order of its tickets, each with its place in the
    // whole line (a search shows part of the line)
    waiting.sort(Comparator.comparing(l -> l.enrolment().waitlistTicket()));
    List<RosterEntry> waitlist = new ArrayList<>();
    for (EnrolmentRepository.Line line : waiting) {
      int position =
          search == null
              ? waitlist.size() + 1
              : enrolments.waitlistPosition(cohortId, line.enrolment().waitlistTicket());
      waitlist.add(entry(line, position, taken));
    }
    boolean over = CourseEnd.of(row.cohort().endsOn(), held).over(clock.instant());
    return new Roster(views.cohort(row), over, seated, waitlist, withdrawn);
  }

  private RosterEntry entry(EnrolmentRepository.Line line, Integer position, int taken) {
    Enrolment e = line.enrolment();
    Participant p = line.participant();
    return new RosterEntry(
        e.id(),
        p.id(),
        p.nameLatin(),
        p.nameZh(),
        p.email(),
        p.view().organisation(),
        e.state(),
        position,
        e.assessmentPassed(),
        (int) line.attended(),
        taken,
        line.certificateCode(),
        policy.enrolmentActions(e.state()));
  }

  AttendanceSheet attendance(long cohortId, long sessionId) {
    readableRow(cohortId);
    return sheet(cohortId, sessionOf(cohortId, sessionId));
  }

  /** Marks every seated participant present except the absent; audited. */
  AttendanceSheet record(long cohortId, long sessionId, Set<Long> absent) {
    cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Session session = sessionOf(cohortId, sessionId);
    session.requireStarted(clock.instant());
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
    return new AttendanceSheet(session.view(clock.instant()), lines);
  }

  /** The cohort, refused as if it did not exist when its programme is outside the scope. */
  private CohortRepository.Row readableRow(long cohortId) {
    policy.requireReadScope("reading programmes");
    return cohorts
        .row(cohortId)
        .filter(r -> policy.mayRead(r.programme().owners()))
        .orElseThrow(() -> new RecordNotFoundException("cohort"));
  }

  private Session sessionOf(long cohortId, long sessionId) {
    return sessions
        .find(sessionId)
        .filter(s -> s.cohortId() == cohortId)
        .orElseThrow(() -> new RecordNotFoundException("session"));
  }
}
