package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.core.testing.CountedKpiStamps;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CohortStatus;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipBoard;
import org.institute.talent.InternshipField;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewPosition;
import org.institute.talent.NewProgramme;
import org.institute.talent.PlacementAction;
import org.institute.talent.PlacementStatus;
import org.institute.talent.PlacementView;
import org.institute.talent.PositionView;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.InternshipRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Placement;
import org.institute.talent.domain.Position;
import org.institute.talent.domain.Programme;
import org.junit.jupiter.api.Test;

/**
 * Internships in memory: the internship programme (owned by NTU, partner 1) with intake 1, a
 * MiniMasters programme with cohort 2; partner 5 (HOST) hosts interns, partner 6 (NOHOST) does not.
 */
class InternshipServiceTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId HOST = new PartnerId(5);

  private final Stores.Programmes programmes = new Stores.Programmes();
  private final Stores.Cohorts cohorts = new Stores.Cohorts(programmes);
  private final List<Participant> people = new ArrayList<>();
  private final Internships internships = new Internships();
  private final RecordingAudit audit = new RecordingAudit();
  private final CountedKpiStamps kpiStamps = new CountedKpiStamps();

  private final class Internships implements InternshipRepository {
    final List<Position> positions = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>();
    int locks;

    @Override
    public Optional<Position> position(long id) {
      return positions.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Position> lockPosition(long id) {
      locks++;
      return position(id);
    }

    @Override
    public void add(Position position) {
      Stores.stored(position, positions.size() + 1);
      positions.add(position);
    }

    @Override
    public Optional<Placement> placement(long id) {
      return placements.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Placement> placement(long positionId, long participantId) {
      return placements.stream()
          .filter(p -> p.positionId() == positionId && p.participantId() == participantId)
          .findFirst();
    }

    @Override
    public void add(Placement placement) {
      Stores.stored(placement, placements.size() + 1);
      placements.add(placement);
    }

    @Override
    public long placesTaken(long positionId) {
      return placements.stream()
          .filter(p -> p.positionId() == positionId && p.status().holdsPlace())
          .count();
    }

    @Override
    public boolean placedInIntake(long cohortId, long participantId) {
      return placements.stream()
          .filter(p -> p.participantId() == participantId)
          .filter(p -> position(p.positionId()).orElseThrow().cohortId() == cohortId)
          .anyMatch(
              p ->
                  p.status() == PlacementStatus.ACCEPTED
                      || p.status() == PlacementStatus.COMPLETED);
    }

    @Override
    public List<PositionRow> positions(long cohortId, Scope hosts) {
      return positions.stream()
          .filter(p -> p.cohortId() == cohortId && hosts.includes(new PartnerId(p.hostPartnerId())))
          .map(
              p ->
                  new PositionRow(
                      p,
                      placesTaken(p.id()),
                      placements.stream().filter(x -> x.positionId() == p.id()).count()))
          .toList();
    }

    @Override
    public List<PlacementRow> placements(long cohortId, Scope hosts) {
      return placements.stream()
          .map(
              p ->
                  new PlacementRow(
                      p,
                      position(p.positionId()).orElseThrow(),
                      people.stream().filter(s -> s.id() == p.participantId()).findFirst().get()))
          .filter(
              r ->
                  r.position().cohortId() == cohortId
                      && hosts.includes(new PartnerId(r.position().hostPartnerId())))
          .toList();
    }

    @Override
    public long placed(long cohortId) {
      return placements.stream()
          .filter(p -> position(p.positionId()).orElseThrow().cohortId() == cohortId)
          .filter(
              p ->
                  p.status() == PlacementStatus.ACCEPTED || p.status() == PlacementStatus.COMPLETED)
          .count();
    }
  }

  private static PartnerSummary partner(long id, String code, Set<PartnerRole> roles) {
    return new PartnerSummary(
        new PartnerId(id),
        code,
        code + " Ltd",
        null,
        PartnerKind.UNIVERSITY,
        "SG",
        "S",
        roles,
        true);
  }

  private InternshipService service(Caller caller) {
    List<PartnerSummary> all =
        List.of(
            partner(1, "NTU", Set.of()),
            partner(5, "HOST", Set.of(PartnerRole.INTERNSHIP_HOST)),
            partner(6, "NOHOST", Set.of()));
    PartnerDirectory directory =
        (PartnerDirectory)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PartnerDirectory.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "all" -> all;
                      case "find" -> all.stream().filter(s -> s.id().equals(args[0])).findFirst();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    ParticipantRepository participants =
        (ParticipantRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ParticipantRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("find")) {
                    return people.stream().filter(p -> p.id() == (Long) args[0]).findFirst();
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    TalentPolicy policy = new TalentPolicy(caller);
    Views views = new Views();
    Wired.inject(views, "partners", directory);
    Wired.inject(views, "policy", policy);
    InternshipService service = new InternshipService();
    Wired.inject(service, "internships", internships);
    Wired.inject(service, "cohorts", cohorts);
    Wired.inject(service, "participants", participants);
    Wired.inject(service, "partners", directory);
    Wired.inject(service, "views", views);
    Wired.inject(service, "policy", policy);
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "kpiStamps", kpiStamps);
    Wired.inject(service, "clock", Wired.CLOCK);
    return service;
  }

  private InternshipService as(Role role) {
    return service(TestCaller.of(Set.of(role), Optional.empty()));
  }

  private InternshipService staffOf(PartnerId partner) {
    return service(TestCaller.of(Set.of(Role.PARTNER_STAFF), Optional.of(partner)));
  }

  private void setUp() {
    for (ProgrammeKind kind :
        new ProgrammeKind[] {ProgrammeKind.INTERNSHIP_PROGRAMME, ProgrammeKind.MINIMASTERS}) {
      programmes.add(
          new Programme(
              new NewProgramme(
                  kind.name(), kind, "T", null, null, null, Set.of(NTU), null, null, null),
              Wired.NOW));
      cohorts.add(
          new Cohort(
              new NewCohort(
                  programmes.all.size(),
                  "2027 intake",
                  null,
                  LocalDate.of(2027, 5, 1),
                  LocalDate.of(2027, 8, 31),
                  LocalDate.of(2027, 1, 1),
                  LocalDate.of(2027, 3, 1),
                  10,
                  null,
                  CohortStatus.OPEN),
              Wired.NOW));
    }
    student("Ann", "U1111111A");
    student("Bob", "U2222222B");
  }

  private void student(String name, String matriculation) {
    Participant p =
        Participant.register(
            new NewParticipant(
                name, null, name.toLowerCase() + "@e.ntu.edu.sg", null, matriculation, null),
            Wired.NOW);
    Stores.stored(p, people.size() + 1);
    people.add(p);
  }

  private static NewPosition position(long cohortId, long host, int places) {
    return new NewPosition(
        cohortId,
        host,
        "Data intern",
        InternshipField.BIG_DATA,
        LocalDate.of(2027, 5, 10),
        LocalDate.of(2027, 8, 6),
        places);
  }

  private InternshipService withPositionAndApplication(int places) {
    setUp();
    InternshipService admin = as(Role.ADMIN);
    admin.openPosition(position(1, 5, places));
    admin.apply(1, 1);
    return admin;
  }

  @Test
  void aPositionIsOpenedAtAnInternshipHostAndAudited() {
    setUp();

    PositionView view = as(Role.COORDINATOR).openPosition(position(1, 5, 2));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.host().code()).isEqualTo("HOST");
    assertThat(view.places()).isEqualTo(2);
    assertThat(view.placesTaken()).isZero();
    assertThat(audit.entries)
        .containsExactly(
            "POSITION_OPENED Position#1: HOST: Data intern (BIG_DATA, 2 places) in intake 1");
  }

  @Test
  void aPositionNeedsAnInternshipIntakeAndAHostThatHostsInterns() {
    setUp();
    InternshipService admin = as(Role.ADMIN);

    assertThatThrownBy(() -> admin.openPosition(position(2, 5, 1)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.openPosition(position(9, 5, 1)))
        .isInstanceOf(RecordNotFoundException.class);
    for (long host : new long[] {0, 6, 7}) {
      assertThatThrownBy(() -> admin.openPosition(position(1, host, 1)))
          .isInstanceOfSatisfying(
              InvalidCommandException.class,
              e ->
                  assertThat(e.violations().get(0).messageKey())
                      .isEqualTo("position.host.invalid"));
    }
    assertThatThrownBy(() -> as(Role.COUNCIL).openPosition(position(1, 5, 1)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(internships.positions).isEmpty();
  }

  @Test
  void aStudentAppliesOnceAndTheApplicationIsAudited() {
    InternshipService admin = withPositionAndApplication(1);

    assertThat(internships.placements).hasSize(1);
    assertThat(audit.entries.get(1))
        .isEqualTo("INTERNSHIP_APPLIED Placement#1: participant 1 for position 1");
    assertThatThrownBy(() -> admin.apply(1, 1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("placement.duplicate");
    assertThatThrownBy(() -> admin.apply(2, 1)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.apply(1, 9)).isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> as(Role.COUNCIL).apply(1, 2))
        .isInstanceOf(AccessRefusedException.class);
    PlacementView bob = admin.apply(1, 2);
    assertThat(bob.nameLatin()).isEqualTo("Bob");
    assertThat(bob.hostCode()).isEqualTo("HOST");
    assertThat(bob.matriculationNumber()).isEqualTo("U2222222B");
    assertThat(bob.status()).isEqualTo(PlacementStatus.APPLIED);
    assertThat(bob.allowedActions())
        .contains(PlacementAction.movingTo(PlacementStatus.SHORTLISTED));
  }

  @Test
  void aPlacementMovesStepByStepUnderThePositionsLockAndIsAudited() {
    InternshipService admin = withPositionAndApplication(1);

    admin.changeStatus(1, PlacementStatus.SHORTLISTED);
    PlacementView offered = admin.changeStatus(1, PlacementStatus.OFFERED);

    assertThat(offered.status()).isEqualTo(PlacementStatus.OFFERED);
    assertThat(internships.locks).isEqualTo(3);
    assertThat(audit.entries.get(3))
        .isEqualTo("PLACEMENT_OFFERED Placement#1: SHORTLISTED -> OFFERED");
    assertThat(as(Role.ADMIN).board(1).positions().get(0).placesTaken()).isEqualTo(1);
    // each status change may move the placements on the dashboard: it counts them again
    assertThat(kpiStamps.moves(KpiFigures.INTERNSHIP_PLACEMENTS)).isEqualTo(2);
  }

  @Test
  void aFullPositionOffersNoMoreAndAStatusIsRequired() {
    InternshipService admin = withPositionAndApplication(1);
    admin.apply(1, 2);
    admin.changeStatus(1, PlacementStatus.SHORTLISTED);
    admin.changeStatus(1, PlacementStatus.OFFERED);
    admin.changeStatus(2, PlacementStatus.SHORTLISTED);

    assertThatThrownBy(() -> admin.changeStatus(2, PlacementStatus.OFFERED))
        .isInstanceOf(ConflictException.class)
        .hasMessage("position.full");
    assertThatThrownBy(() -> admin.changeStatus(2, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> admin.changeStatus(7, PlacementStatus.WITHDRAWN))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> as(Role.COUNCIL).changeStatus(2, PlacementStatus.WITHDRAWN))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aStudentIsPlacedOnceInAnIntake() {
    InternshipService admin = withPositionAndApplication(2);
    admin.openPosition(position(1, 5, 1));
    admin.apply(2, 1);
    for (long placement : new long[] {1, 2}) {
      admin.changeStatus(placement, PlacementStatus.SHORTLISTED);
      admin.changeStatus(placement, PlacementStatus.OFFERED);
    }
    admin.changeStatus(1, PlacementStatus.ACCEPTED);

    assertThatThrownBy(() -> admin.changeStatus(2, PlacementStatus.ACCEPTED))
        .isInstanceOf(ConflictException.class)
        .hasMessage("placement.alreadyPlaced");
    assertThat(admin.board(1).placed()).isEqualTo(1);
  }

  @Test
  void theHostsStaffEvaluateTheirInternAndOthersAreToldThereIsNone() {
    InternshipService admin = withPositionAndApplication(1);
    admin.changeStatus(1, PlacementStatus.SHORTLISTED);
    admin.changeStatus(1, PlacementStatus.OFFERED);
    admin.changeStatus(1, PlacementStatus.ACCEPTED);

    PlacementView view = staffOf(HOST).evaluate(1, EvaluationKind.MID_TERM, 4, "Good start");

    assertThat(view.midTermRating()).isEqualTo(4);
    assertThat(view.midTermComment()).isEqualTo("Good start");
    assertThat(view.allowedActions()).containsExactly(PlacementAction.EVALUATE);
    assertThat(audit.entries.get(audit.entries.size() - 1))
        .isEqualTo("INTERN_EVALUATED Placement#1: MID_TERM rating 4");
    assertThatThrownBy(() -> staffOf(new PartnerId(6)).evaluate(1, EvaluationKind.FINAL, 5, null))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.evaluate(9, EvaluationKind.FINAL, 5, null))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(admin.evaluate(1, EvaluationKind.FINAL, 5, null).finalRating()).isEqualTo(5);
  }

  @Test
  void theBoardShowsTheTargetAndWhatTheCallersHostsOffer() {
    InternshipService admin = withPositionAndApplication(1);
    admin.openPosition(position(1, 5, 3));

    InternshipBoard board = as(Role.COORDINATOR).setTarget(1, 4);

    assertThat(cohorts.locks).isEqualTo(1);
    assertThat(board.target()).isEqualTo(4);
    assertThat(board.placed()).isZero();
    assertThat(board.positions()).extracting(PositionView::places).containsExactly(1, 3);
    assertThat(board.positions().get(0).applications()).isEqualTo(1);
    assertThat(board.placements()).extracting(PlacementView::nameLatin).containsExactly("Ann");
    assertThat(board.intake().id()).isEqualTo(1);
    assertThat(audit.entries).contains("PLACEMENT_TARGET_SET Cohort#1: target 4");
    assertThat(staffOf(HOST).board(1).positions()).hasSize(2);
    assertThat(staffOf(new PartnerId(6)).board(1).positions()).isEmpty();
    assertThatThrownBy(() -> admin.setTarget(1, 0)).isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> admin.setTarget(2, 4)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> as(Role.COUNCIL).setTarget(1, 4))
        .isInstanceOf(AccessRefusedException.class);
  }
}
