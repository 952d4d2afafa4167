package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.Violation;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CohortDetail;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.NewCohort;
import org.institute.talent.NewProgramme;
import org.institute.talent.NewSession;
import org.institute.talent.Page;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.talent.SessionView;
import org.institute.talent.TalentAction;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
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
    if (p.titleEn() == null || p.titleEn().isBlank()) {
      problems.add(new Violation("titleEn", "programme.titleEn.required"));
    } else if (p.titleEn().length() > 300) {
      problems.add(new Violation("titleEn", "field.tooLong"));
    }
    if (p.titleZh() != null && p.titleZh().length() > 300) {
      problems.add(new Violation("titleZh", "field.tooLong"));
    }
    if (p.descriptionEn() != null && p.descriptionEn().length() > 4000) {
      problems.add(new Violation("descriptionEn", "field.tooLong"));
    }
    if (p.descriptionZh() != null && p.descriptionZh().length() > 4000) {
      problems.add(new Violation("descriptionZh", "field.tooLong"));
    }
    if (p.owners().isEmpty()) {
      problems.add(new Violation("owners", "programme.owners.required"));
    }
    for (PartnerId owner : p.owners()) {
      if (partners.find(owner).isEmpty()) {
        problems.add(new Violation("owners", "partner.unknown"));
        break;
      }
    }
    if (p.minAttendancePercent() != null
        && (p.minAttendancePercent() < 0 || p.minAttendancePercent() > 100)) {
      problems.add(new Violation("minAttendancePercent", "programme.attendance.invalid"));
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
  public Page<CohortView> cohorts(Long programmeId, String sort, int offset, int limit) {
    Scope owners = policy.requireReadScope("reading programmes");
    return new Page<>(
        cohorts.list(programmeId, owners, sort, offset, limit).stream().map(views::cohort).toList(),
        cohorts.count(programmeId, owners));
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
