package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.Scope;
import org.institute.core.testing.TestCaller;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortStatus;
import org.institute.talent.EnrolmentAction;
import org.institute.talent.EnrolmentState;
import org.institute.talent.PlacementAction;
import org.institute.talent.PlacementStatus;
import org.institute.talent.ProgrammeAction;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.TalentAction;
import org.junit.jupiter.api.Test;

class TalentPolicyTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId YDPG = new PartnerId(2);
  private static final PartnerId SCUT = new PartnerId(3);

  private static TalentPolicy policy(Role role) {
    return new TalentPolicy(TestCaller.with(role));
  }

  private static TalentPolicy staffOf(PartnerId partner) {
    return new TalentPolicy(TestCaller.of(Set.of(Role.PARTNER_STAFF), Optional.of(partner)));
  }

  private static TalentPolicy nobody() {
    return new TalentPolicy(TestCaller.with());
  }

  @Test
  void coordinatorsAreWidenedToReadEveryPartnersProgrammesAndWrite() {
    TalentPolicy coordinator = policy(Role.COORDINATOR);
    assertThat(coordinator.readScope()).isEqualTo(Scope.all());
    assertThat(coordinator.mayRead(Set.of(SCUT))).isTrue();
    assertThat(coordinator.mayWrite()).isTrue();
    assertThatCode(() -> coordinator.requireWriter("enrolling")).doesNotThrowAnyException();
    assertThatCode(coordinator::requirePeopleReader).doesNotThrowAnyException();
  }

  @Test
  void adminsReadAllAndWrite() {
    TalentPolicy admin = policy(Role.ADMIN);
    assertThat(admin.readScope()).isEqualTo(Scope.all());
    assertThat(admin.mayWrite()).isTrue();
    assertThat(admin.generalActions()).containsExactlyInAnyOrder(TalentAction.values());
  }

  @Test
  void councilAndAuditorsReadAllButWriteNothing() {
    for (Role role : Set.of(Role.COUNCIL, Role.AUDITOR)) {
      TalentPolicy reader = policy(role);
      assertThat(reader.readScope()).as(role.name()).isEqualTo(Scope.all());
      assertThat(reader.mayWrite()).as(role.name()).isFalse();
      assertThatThrownBy(() -> reader.requireWriter("enrolling"))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(reader::requirePeopleReader).isInstanceOf(AccessRefusedException.class);
      assertThat(reader.generalActions()).containsExactly(TalentAction.BROWSE_PROGRAMMES);
    }
  }

  @Test
  void partnerStaffReadTheirPartnersProgrammesOnly() {
    TalentPolicy ntu = staffOf(NTU);
    assertThat(ntu.readScope()).isEqualTo(Scope.of(NTU));
    assertThat(ntu.mayRead(Set.of(NTU, YDPG))).isTrue();
    assertThat(ntu.mayRead(Set.of(SCUT))).isFalse();
    assertThat(ntu.mayWrite()).isFalse();
    assertThat(ntu.generalActions()).containsExactly(TalentAction.BROWSE_PROGRAMMES);
  }

  @Test
  void aCallerWithoutReadingRoleIsRefusedListsAndNeverReadsAsAll() {
    TalentPolicy none = nobody();
    assertThat(none.readScope()).isEqualTo(Scope.none());
    assertThat(none.mayRead(Set.of(NTU))).isFalse();
    assertThatThrownBy(() -> none.requireReadScope("reading programmes"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(none.generalActions()).isEmpty();
    TalentPolicy staffWithoutPartner = new TalentPolicy(TestCaller.with(Role.PARTNER_STAFF));
    assertThat(staffWithoutPartner.readScope()).isEqualTo(Scope.none());
  }

  @Test
  void hostStaffSeeOnlyTheirOwnPositionsOfAnotherPartnersProgramme() {
    assertThat(staffOf(SCUT).hostScope(Set.of(NTU, YDPG))).isEqualTo(Scope.of(SCUT));
    assertThat(staffOf(NTU).hostScope(Set.of(NTU, YDPG))).isEqualTo(Scope.all());
    assertThat(policy(Role.COUNCIL).hostScope(Set.of(NTU))).isEqualTo(Scope.all());
    assertThatThrownBy(() -> nobody().hostScope(Set.of(NTU)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void writersMayEnrolOnlyWhileTheCohortTakesEnrolments() {
    TalentPolicy coordinator = policy(Role.COORDINATOR);
    assertThat(coordinator.cohortActions(CohortStatus.OPEN, ProgrammeKind.MINIMASTERS))
        .contains(
            CohortAction.ENROL,
            CohortAction.REGISTER_AND_ENROL,
            CohortAction.IMPORT_ENROLMENTS,
            CohortAction.RECORD_ATTENDANCE,
            CohortAction.MANAGE_ENROLMENTS)
        .doesNotContain(CohortAction.OPEN_POSITION);
    assertThat(coordinator.cohortActions(CohortStatus.COMPLETED, ProgrammeKind.MINIMASTERS))
        .doesNotContain(
            CohortAction.ENROL, CohortAction.REGISTER_AND_ENROL, CohortAction.IMPORT_ENROLMENTS)
        .contains(CohortAction.RECORD_ATTENDANCE);
    assertThat(coordinator.cohortActions(CohortStatus.RUNNING, ProgrammeKind.INTERNSHIP_PROGRAMME))
        .contains(CohortAction.OPEN_POSITION, CohortAction.SET_PLACEMENT_TARGET);
    assertThat(coordinator.programmeActions())
        .containsExactly(ProgrammeAction.OPEN_COHORT, ProgrammeAction.REVISE);
  }

  @Test
  void readersMayTakeNoActionOnProgrammesCohortsOrEnrolments() {
    for (TalentPolicy reader :
        Set.of(policy(Role.COUNCIL), policy(Role.AUDITOR), staffOf(NTU), nobody())) {
      assertThat(reader.programmeActions()).isEmpty();
      assertThat(reader.cohortActions(CohortStatus.OPEN, ProgrammeKind.INTERNSHIP_PROGRAMME))
          .isEmpty();
      assertThat(reader.enrolmentActions(EnrolmentState.ENROLLED)).isEmpty();
    }
  }

  @Test
  void enrolmentActionsFollowTheEnrolmentsState() {
    TalentPolicy coordinator = policy(Role.COORDINATOR);
    assertThat(coordinator.enrolmentActions(EnrolmentState.ENROLLED))
        .containsExactly(
            EnrolmentAction.RECORD_ASSESSMENT,
            EnrolmentAction.COMPLETE,
            EnrolmentAction.FAIL,
            EnrolmentAction.WITHDRAW);
    assertThat(coordinator.enrolmentActions(EnrolmentState.WAITLISTED))
        .containsExactly(EnrolmentAction.WITHDRAW);
    assertThat(coordinator.enrolmentActions(EnrolmentState.COMPLETED)).isEmpty();
    assertThat(coordinator.enrolmentActions(EnrolmentState.WITHDRAWN)).isEmpty();
  }

  @Test
  void writersMovePlacementsOneStepAndHostStaffEvaluateTheirOwnInterns() {
    assertThat(policy(Role.COORDINATOR).placementActions(PlacementStatus.APPLIED, NTU))
        .containsExactly(PlacementAction.SHORTLIST, PlacementAction.WITHDRAW);
    assertThat(policy(Role.ADMIN).placementActions(PlacementStatus.ACCEPTED, NTU))
        .containsExactly(
            PlacementAction.COMPLETE, PlacementAction.WITHDRAW, PlacementAction.EVALUATE);
    assertThat(staffOf(NTU).placementActions(PlacementStatus.ACCEPTED, NTU))
        .containsExactly(PlacementAction.EVALUATE);
    assertThat(staffOf(SCUT).placementActions(PlacementStatus.ACCEPTED, NTU)).isEmpty();
    assertThat(staffOf(NTU).placementActions(PlacementStatus.OFFERED, NTU)).isEmpty();
    assertThat(policy(Role.COUNCIL).placementActions(PlacementStatus.ACCEPTED, NTU)).isEmpty();
    assertThat(policy(Role.COORDINATOR).placementActions(PlacementStatus.COMPLETED, NTU)).isEmpty();
  }

  @Test
  void anEvaluationByAnotherPartnersStaffIsNotFoundAndByReadersRefused() {
    assertThatCode(() -> staffOf(NTU).requireEvaluator(NTU)).doesNotThrowAnyException();
    assertThatCode(() -> policy(Role.COORDINATOR).requireEvaluator(NTU)).doesNotThrowAnyException();
    assertThatThrownBy(() -> staffOf(SCUT).requireEvaluator(NTU))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> policy(Role.COUNCIL).requireEvaluator(NTU))
        .isInstanceOf(AccessRefusedException.class);
  }
}
