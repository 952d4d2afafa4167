package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Webhooks;
import org.institute.talent.AttendanceSheet;
import org.institute.talent.CertificateView;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.EnrolmentState;
import org.institute.talent.EnrolmentWaitlisted;
import org.institute.talent.Enrolments;
import org.institute.talent.NewParticipant;
import org.institute.talent.Roster;
import org.institute.talent.Withdrawal;
import org.institute.talent.domain.Admission;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.CourseEnd;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;
import org.institute.talent.domain.Seats;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.SessionRepository;

/**
 * Enrolment use cases, each one transaction: the policy first, then the aggregates, the audit entry
 * and the event ({@link EnrolmentConfirmed} whenever someone takes a seat, {@link
 * EnrolmentWaitlisted} when they join a waitlist).
 */
@ApplicationScoped
@Transactional
class EnrolmentService implements Enrolments {

  @Inject private CohortRepository cohorts;
  @Inject private Seats seats;
  @Inject private ProgrammeRepository programmes;
  @Inject private ParticipantRepository participants;
  @Inject private ParticipantService registration;
  @Inject private EnrolmentRepository enrolments;
  @Inject private SessionRepository sessions;
  @Inject private Rosters rosters;
  @Inject private CertificateIssuer certificates;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Webhooks webhooks;
  @Inject private Event<EnrolmentConfirmed> confirmed;
  @Inject private Event<EnrolmentWaitlisted> waitlisted;
  @Inject private Clock clock;

  @Override
  public EnrolmentResult enrol(long cohortId, long participantId) {
    policy.requireWriter("enrolling");
    // no lock while reading: the place is taken by one atomic update at the end (decision 0091),
    // whose row lock is all that enrolments into one cohort wait for
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    Participant participant =
        participants
            .find(participantId)
            .orElseThrow(() -> InvalidCommandException.of("participantId", "participant.unknown"));
    return admit(cohort, programme, participant, clock.instant());
  }

  @Override
  public EnrolmentResult registerAndEnrol(long cohortId, NewParticipant newcomer) {
    policy.requireWriter("registering and enrolling");
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    // a refusal from here on rolls the registration back with the enrolment
    Participant participant = registration.registerNew(newcomer);
    return admit(cohort, programme, participant, clock.instant());
  }

  /**
   * Admits one participant, taking the seat or ticket through {@link Seats} as late as possible,
   * stores it, announces a seat and audits it.
   */
  private EnrolmentResult admit(
      Cohort cohort, Programme programme, Participant participant, Instant now) {
    Optional<Enrolment> existing = enrolments.find(cohort.id(), participant.id());
    // the events below become webhook messages: their endpoints are read before the seat counter's
    // row lock, which every enrolment into the cohort waits for, not under it (after the reads
    // above, so this takes no earlier snapshot than they did)
    webhooks.readEndpointsAhead();
    Admission admission = cohort.admit(programme, participant, existing, seats, now);
    Enrolment enrolment = admission.enrolment();
    if (existing.isEmpty()) {
      enrolments.add(enrolment);
    }
    // the position was read under the counter row's lock: no count over a stale snapshot
    EnrolmentResult result =
        new EnrolmentResult(
            enrolment.id(),
            enrolment.cohortId(),
            enrolment.participantId(),
            enrolment.state(),
            admission.waitlistPosition());
    if (enrolment.state() == EnrolmentState.ENROLLED) {
      confirmed.fire(
          new EnrolmentConfirmed(enrolment.id(), cohort.id(), participant.id(), false, now));
    } else if (enrolment.state() == EnrolmentState.WAITLISTED) {
      waitlisted.fire(
          new EnrolmentWaitlisted(
              enrolment.id(), cohort.id(), participant.id(), admission.waitlistPosition(), now));
    }
    // last: the audit trail's head row is one lock for every audited write of the institute
    // (decision 0005), held from here to the commit
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
    policy.requireWriter("withdrawing an enrolment");
    // no reading ahead here: on REPEATABLE READ a first read before the lock would fix this
    // transaction's snapshot before the withdrawals it waits for commit
    Cohort cohort = cohorts.lock(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    Instant now = clock.instant();
    Optional<Enrolment> promoted = cohort.withdraw(enrolment, enrolments, now);
    audit.record(
        "WITHDRAWN",
        "Enrolment",
        String.valueOf(enrolmentId),
        "participant " + enrolment.participantId() + " left cohort " + cohortId);
    promoted.ifPresent(
        p -> {
          audit.record(
              "PROMOTED_FROM_WAITLIST",
              "Enrolment",
              String.valueOf(p.id()),
              "participant " + p.participantId() + " takes a freed seat in cohort " + cohortId);
          confirmed.fire(new EnrolmentConfirmed(p.id(), cohortId, p.participantId(), true, now));
        });
    return new Withdrawal(result(enrolment), promoted.map(this::result).orElse(null));
  }

  @Override
  public Roster roster(long cohortId) {
    return rosters.roster(cohortId);
  }

  @Override
  public Roster roster(long cohortId, String text, String sort) {
    return rosters.roster(cohortId, text, sort);
  }

  @Override
  public AttendanceSheet attendance(long cohortId, long sessionId) {
    return rosters.attendance(cohortId, sessionId);
  }

  @Override
  public AttendanceSheet recordAttendance(long cohortId, long sessionId, Set<Long> absent) {
    policy.requireWriter("recording attendance");
    return rosters.record(cohortId, sessionId, absent);
  }

  @Override
  public EnrolmentResult recordAssessment(long cohortId, long enrolmentId, boolean passed) {
    policy.requireWriter("recording an assessment");
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
  public CertificateView complete(long cohortId, long enrolmentId, String earlyReason) {
    policy.requireWriter("confirming completion");
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    List<Session> held = sessions.ofCohort(cohortId);
    Optional<String> early =
        CourseEnd.of(cohort.endsOn(), held).earlyCompletionReason(clock.instant(), earlyReason);
    int taken = (int) held.stream().filter(Session::isAttendanceTaken).count();
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
            + (Boolean.TRUE.equals(enrolment.assessmentPassed()) ? "passed" : "not required")
            + early.map(r -> ", before the course ended: " + r).orElse(""));
    Participant holder = participants.find(enrolment.participantId()).orElseThrow();
    return certificates.issue(enrolment, holder, programme, cohort);
  }

  @Override
  public EnrolmentResult fail(long cohortId, long enrolmentId) {
    policy.requireWriter("recording a failure");
    Enrolment enrolment = enrolmentOf(cohortId, enrolmentId);
    enrolment.fail(clock.instant());
    audit.record("FAILED", "Enrolment", String.valueOf(enrolmentId), "did not complete");
    return result(enrolment);
  }

  private Enrolment enrolmentOf(long cohortId, long enrolmentId) {
    return enrolments
        .find(enrolmentId)
        .filter(e -> e.cohortId() == cohortId)
        .orElseThrow(() -> new RecordNotFoundException("enrolment"));
  }

  private EnrolmentResult result(Enrolment e) {
    Integer position =
        e.state() == EnrolmentState.WAITLISTED
            ? enrolments.waitlistPosition(e.cohortId(), e.waitlistTicket())
            : null;
    return new EnrolmentResult(e.id(), e.cohortId(), e.participantId(), e.state(), position);
  }
}
