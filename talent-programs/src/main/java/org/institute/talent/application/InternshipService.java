package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipBoard;
import org.institute.talent.Internships;
import org.institute.talent.NewPosition;
import org.institute.talent.PartnerRef;
import org.institute.talent.PlacementStatus;
import org.institute.talent.PlacementView;
import org.institute.talent.PositionView;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.InternshipRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Placement;
import org.institute.talent.domain.Position;

@ApplicationScoped
@Transactional
class InternshipService implements Internships {

  @Inject private InternshipRepository internships;
  @Inject private KpiStamps kpiStamps;
  @Inject private CohortRepository cohorts;
  @Inject private ParticipantRepository participants;
  @Inject private PartnerDirectory partners;
  @Inject private Views views;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private CohortRepository.Row intake(long cohortId) {
    CohortRepository.Row row =
        cohorts.row(cohortId).orElseThrow(() -> new RecordNotFoundException("intake"));
    if (row.programme().kind() != ProgrammeKind.INTERNSHIP_PROGRAMME) {
      throw new RecordNotFoundException("intake");
    }
    return row;
  }

  @Override
  public InternshipBoard board(long cohortId) {
    CohortRepository.Row intake = intake(cohortId);
    Scope hosts = policy.hostScope(intake.programme().owners());
    Map<Long, PartnerSummary> index = views.partnerIndex();
    List<PositionView> positions =
        internships.positions(cohortId, hosts).stream().map(r -> view(r, index)).toList();
    List<PlacementView> placements =
        internships.placements(cohortId, hosts).stream()
            .map(r -> view(r.placement(), r.position(), r.participant(), index))
            .toList();
    return new InternshipBoard(
        views.cohort(intake),
        intake.cohort().placementTarget(),
        internships.placed(cohortId),
        positions,
        placements);
  }

  @Override
  public PositionView openPosition(NewPosition p) {
    policy.requireWriter("opening an internship position");
    intake(p.cohortId());
    if (p.hostPartnerId() <= 0) {
      throw InvalidCommandException.of("hostPartnerId", "position.host.invalid");
    }
    PartnerSummary host =
        partners
            .find(new PartnerId(p.hostPartnerId()))
            .filter(s -> s.hasRole(PartnerRole.INTERNSHIP_HOST))
            .orElseThrow(
                () -> InvalidCommandException.of("hostPartnerId", "position.host.invalid"));
    Position position = new Position(p, clock.instant());
    internships.add(position);
    audit.record(
        "POSITION_OPENED",
        "Position",
        String.valueOf(position.id()),
        host.code()
            + ": "
            + position.title()
            + " ("
            + position.field()
            + ", "
            + position.places()
            + " places) in intake "
            + p.cohortId());
    return view(new InternshipRepository.PositionRow(position, 0, 0), views.partnerIndex());
  }

  @Override
  public PlacementView apply(long positionId, long participantId) {
    policy.requireWriter("recording an application");
    Position position =
        internships
            .lockPosition(positionId)
            .orElseThrow(() -> new RecordNotFoundException("position"));
    Participant student =
        participants
            .find(participantId)
            .orElseThrow(() -> InvalidCommandException.of("participantId", "participant.unknown"));
    if (internships.placement(positionId, participantId).isPresent()) {
      throw new ConflictException("placement.duplicate");
    }
    Placement placement = new Placement(position, student, clock.instant());
    internships.add(placement);
    audit.record(
        "INTERNSHIP_APPLIED",
        "Placement",
        String.valueOf(placement.id()),
        "participant " + participantId + " for position " + positionId);
    return view(placement, position, student, views.partnerIndex());
  }

  @Override
  public PlacementView changeStatus(long placementId, PlacementStatus status) {
    policy.requireWriter("changing a placement");
    if (status == null) {
      throw InvalidCommandException.of("status", "field.required");
    }
    Placement placement =
        internships
            .placement(placementId)
            .orElseThrow(() -> new RecordNotFoundException("placement"));
    Position position = internships.lockPosition(placement.positionId()).orElseThrow();
    if (status == PlacementStatus.ACCEPTED
        && internships.placedInIntake(position.cohortId(), placement.participantId())) {
      throw new ConflictException("placement.alreadyPlaced");
    }
    PlacementStatus before = placement.status();
    position.move(placement, status, internships.placesTaken(position.id()), clock.instant());
    kpiStamps.changed(KpiFigures.INTERNSHIP_PLACEMENTS);
    audit.record(
        "PLACEMENT_" + status, "Placement", String.valueOf(placementId), before + " -> " + status);
    Participant student = participants.find(placement.participantId()).orElseThrow();
    return view(placement, position, student, views.partnerIndex());
  }

  @Override
  public PlacementView evaluate(
      long placementId, EvaluationKind kind, Integer rating, String comment) {
    Placement placement =
        internships
            .placement(placementId)
            .orElseThrow(() -> new RecordNotFoundException("placement"));
    Position position = internships.position(placement.positionId()).orElseThrow();
    policy.requireEvaluator(new PartnerId(position.hostPartnerId()));
    placement.evaluate(kind, rating, comment, clock.instant());
    audit.record(
        "INTERN_EVALUATED", "Placement", String.valueOf(placementId), kind + " rating " + rating);
    Participant student = participants.find(placement.participantId()).orElseThrow();
    return view(placement, position, student, views.partnerIndex());
  }

  @Override
  public InternshipBoard setTarget(long cohortId, Integer target) {
    policy.requireWriter("setting a placement target");
    intake(cohortId);
    Cohort cohort = cohorts.lock(cohortId).orElseThrow();
    cohort.aimForPlacements(target);
    audit.record("PLACEMENT_TARGET_SET", "Cohort", String.valueOf(cohortId), "target " + target);
    return board(cohortId);
  }

  private static PartnerRef ref(long id, Map<Long, PartnerSummary> index) {
    PartnerSummary s = index.get(id);
    return s == null
        ? new PartnerRef(id, "?", "?", null)
        : new PartnerRef(id, s.code(), s.nameEn(), s.nameZh());
  }

  private static PositionView view(
      InternshipRepository.PositionRow r, Map<Long, PartnerSummary> index) {
    Position p = r.position();
    return new PositionView(
        p.id(),
        p.cohortId(),
        ref(p.hostPartnerId(), index),
        p.title(),
        p.field(),
        p.startsOn(),
        p.endsOn(),
        p.places(),
        r.taken(),
        r.applications());
  }

  private PlacementView view(
      Placement p, Position o, Participant s, Map<Long, PartnerSummary> index) {
    return new PlacementView(
        p.id(),
        o.id(),
        o.title(),
        ref(o.hostPartnerId(), index).code(),
        s.id(),
        s.nameLatin(),
        s.nameZh(),
        s.matriculationNumber(),
        p.status(),
        p.midRating(),
        p.midComment(),
        p.finalRating(),
        p.finalComment(),
        policy.placementActions(p.status(), new PartnerId(o.hostPartnerId())));
  }
}
