package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.PageRequest;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.Slice;
import org.institute.core.Violation;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CohortChanges;
import org.institute.talent.CohortDetail;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.NewCohort;
import org.institute.talent.NewProgramme;
import org.institute.talent.NewSession;
import org.institute.talent.Page;
import org.institute.talent.ProgrammeChanges;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.talent.SessionView;
import org.institute.talent.TalentAction;
import org.institute.talent.Waitlists;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.SessionRepository;

@ApplicationScoped
@Transactional
class ProgrammeService implements Programmes {

  @Inject private ProgrammeRepository programmes;
  @Inject private CohortRepository cohorts;
  @Inject private SessionRepository sessions;
  @Inject private PartnerDirectory partners;
  @Inject private Views views;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private EnrolmentRepository enrolments;
  @Inject private Event<EnrolmentConfirmed> confirmed;

  @Override
  public Page<ProgrammeView> list(ProgrammeKind kind, String sort, int offset, int limit) {
    Scope scope = policy.requireReadScope("reading programmes");
    List<Programme> page = programmes.list(kind, scope, sort, offset, limit);
    Map<Long, Set<Long>> owners = programmes.owners(page.stream().map(Programme::id).toList());
    Map<Long, PartnerSummary> index = views.partnerIndex();
    return new Page<>(
        page.stream()
            .map(p -> views.programme(p, owners.getOrDefault(p.id(), Set.of()), index))
            .toList(),
        programmes.count(kind, scope));
  }

  @Override
  public Optional<ProgrammeView> find(long id) {
    policy.requireReadScope("reading programmes");
    Optional<Programme> found = programmes.find(id);
    return found.filter(p -> policy.mayRead(p.owners())).map(views::programme);
  }

  @Override
  public ProgrammeView register(NewProgramme p) {
    policy.requireWriter("registering a programme");
    List<Violation> problems = new ArrayList<>();
    if (p.code() == null || !p.code().trim().matches("[A-Z0-9-]{2,32}")) {
      problems.add(new Violation("code", "programme.code.invalid"));
    } else if (programmes.findByCode(p.code().trim()).isPresent()) {
      problems.add(new Violation("code", "programme.code.taken"));
    }
    if (p.kind() == null) {
      problems.add(new Violation("kind", "programme.kind.required"));
    }
    Programme.checkTexts(
        p.titleEn(),
        p.titleZh(),
        p.descriptionEn(),
        p.descriptionZh(),
        p.minAttendancePercent(),
        problems);
    if (p.owners().isEmpty()) {
      problems.add(new Violation("owners", "programme.owners.required"));
    }
    for (PartnerId owner : p.owners()) {
      if (partners.find(owner).isEmpty()) {
        problems.add(new Violation("owners", "partner.unknown"));
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Programme programme = new Programme(p, clock.instant());
    programmes.add(programme);
    audit.record(
        "PROGRAMME_REGISTERED",
        "Programme",
        String.valueOf(programme.id()),
        programme.code()
            + " "
            + programme.titleEn()
            + " ("
            + programme.kind()
            + ", owners "
            + p.owners()
            + ")");
    return views.programme(programme);
  }

  @Override
  public ProgrammeView revise(long programmeId, ProgrammeChanges changes) {
    policy.requireWriter("revising a programme");
    if (changes == null) {
      throw InvalidCommandException.of("titleEn", "programme.titleEn.required");
    }
    Programme programme =
        programmes.find(programmeId).orElseThrow(() -> new RecordNotFoundException("programme"));
    String before = programme.titleEn() + " / " + programme.titleZh();
    programme.revise(changes);
    audit.record(
        "PROGRAMME_REVISED",
        "Programme",
        String.valueOf(programmeId),
        programme.code()
            + " "
            + before
            + " -> "
            + programme.titleEn()
            + " / "
            + programme.titleZh()
            + " ("
            + programme.eligibility()
            + ", attendance "
            + programme.minAttendancePercent()
            + " %, assessment "
            + programme.assessmentRequired()
            + ")");
    return views.programme(programme);
  }

  @Override
  public Page<CohortView> cohorts(Long programmeId, String sort, int offset, int limit) {
    Scope owners = policy.requireReadScope("reading programmes");
    return new Page<>(
        cohorts.list(programmeId, owners, sort, offset, limit).stream().map(views::cohort).toList(),
        cohorts.count(programmeId, owners));
  }

  @Override
  public Slice<CohortView> cohorts(Long programmeId, String sort, PageRequest page) {
    Scope owners = policy.requireReadScope("reading programmes");
    return cohorts
        .slice(programmeId, owners, CohortRepository.order(sort), page)
        .map(views::cohort);
  }

  @Override
  public Waitlists waitlists() {
    if (!policy.mayManageEnrolments()) {
      return Waitlists.NONE;
    }
    Scope owners = policy.requireReadScope("reading programmes");
    return cohorts.waitlists(
        owners,
        EnumSet.copyOf(
            Arrays.stream(CohortStatus.values()).filter(CohortStatus::takesEnrolments).toList()));
  }

  @Override
  public Optional<CohortDetail> cohort(long id) {
    policy.requireReadScope("reading programmes");
    return cohorts
        .row(id)
        .filter(r -> policy.mayRead(r.programme().owners()))
        .map(
            r ->
                new CohortDetail(
                    views.cohort(r),
                    sessions.ofCohort(id).stream().map(x -> x.view(clock.instant())).toList()));
  }

  @Override
  public CohortView openCohort(NewCohort c) {
    policy.requireWriter("opening a cohort");
    Programme programme =
        programmes
            .find(c.programmeId())
            .orElseThrow(() -> InvalidCommandException.of("programmeId", "programme.unknown"));
    Cohort.requireValid(c);
    Cohort cohort = new Cohort(c, clock.instant());
    cohorts.add(cohort);
    audit.record(
        "COHORT_OPENED",
        "Cohort",
        String.valueOf(cohort.id()),
        programme.code()
            + " "
            + cohort.name()
            + " "
            + cohort.startsOn()
            + ".."
            + cohort.endsOn()
            + ", capacity "
            + cohort.capacity()
            + cohort.fee().map(f -> ", fee " + f).orElse(""));
    return views.cohort(new CohortRepository.Row(cohort, programme, 0));
  }

  @Override
  public CohortView changeStatus(long cohortId, CohortStatus status) {
    policy.requireWriter("changing a cohort");
    if (status == null) {
      throw InvalidCommandException.of("status", "cohort.status.required");
    }
    Cohort cohort = cohorts.lock(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    CohortStatus before = cohort.status();
    cohort.changeStatus(status);
    audit.record(
        "COHORT_STATUS_CHANGED", "Cohort", String.valueOf(cohortId), before + " -> " + status);
    return cohorts.row(cohortId).map(views::cohort).orElseThrow();
  }

  @Override
  public CohortView reviseCohort(long cohortId, CohortChanges changes) {
    policy.requireWriter("revising a cohort");
    if (changes == null) {
      throw InvalidCommandException.of("name", "cohort.name.required");
    }
    Cohort cohort = cohorts.lock(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Cohort.requireValid(changes.asNew(cohort.programmeId(), cohort.status()));
    String before = cohortFacts(cohort);
    Instant now = clock.instant();
    List<Enrolment> seated = cohort.revise(changes, enrolments, now);
    audit.record(
        "COHORT_REVISED",
        "Cohort",
        String.valueOf(cohortId),
        before + " -> " + cohortFacts(cohort));
    for (Enrolment e : seated) {
      audit.record(
          "PROMOTED_FROM_WAITLIST",
          "Enrolment",
          String.valueOf(e.id()),
          "participant "
              + e.participantId()
              + " takes a new seat in cohort "
              + cohortId
              + " (capacity "
              + cohort.capacity()
              + ")");
      confirmed.fire(new EnrolmentConfirmed(e.id(), cohortId, e.participantId(), true, now));
    }
    return cohorts.row(cohortId).map(views::cohort).orElseThrow();
  }

  private static String cohortFacts(Cohort c) {
    return c.name()
        + (c.names().zh() == null ? "" : " / " + c.names().zh())
        + " "
        + c.startsOn()
        + ".."
        + c.endsOn()
        + ", applications "
        + c.applicationsOpen()
        + ".."
        + c.applicationsClose()
        + ", capacity "
        + c.capacity()
        + c.fee().map(f -> ", fee " + f).orElse(", free");
  }

  @Override
  public SessionView reschedule(long cohortId, long sessionId, NewSession changes) {
    policy.requireWriter("rescheduling a session");
    if (changes == null) {
      throw InvalidCommandException.of("topic", "session.topic.required");
    }
    Session session =
        sessions
            .find(sessionId)
            .filter(x -> x.cohortId() == cohortId)
            .orElseThrow(() -> new RecordNotFoundException("session"));
    Instant now = clock.instant();
    SessionView before = session.view(now);
    session.reschedule(changes, now);
    SessionView after = session.view(now);
    audit.record(
        "SESSION_RESCHEDULED",
        "Session",
        String.valueOf(sessionId),
        "cohort "
            + cohortId
            + ": "
            + before.topic()
            + " at "
            + before.startsAt()
            + " -> "
            + after.topic()
            + " at "
            + after.startsAt()
            + " ("
            + after.deliveryMode()
            + ", "
            + after.durationMinutes()
            + " min)");
    return after;
  }

  @Override
  public SessionView schedule(long cohortId, NewSession s) {
    policy.requireWriter("scheduling a session");
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort"));
    Session session = new Session(cohort.id(), s);
    sessions.add(session);
    SessionView view = session.view(clock.instant());
    audit.record(
        "SESSION_SCHEDULED",
        "Session",
        String.valueOf(session.id()),
        "cohort "
            + cohortId
            + ": "
            + view.topic()
            + " at "
            + view.startsAt()
            + " ("
            + view.deliveryMode()
            + ")");
    return view;
  }

  @Override
  public Set<TalentAction> allowedActions() {
    return policy.generalActions();
  }
}
