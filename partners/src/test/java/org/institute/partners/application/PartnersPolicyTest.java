package org.institute.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.testing.TestCaller;
import org.institute.partners.AgreementAction;
import org.institute.partners.CouncilAction;
import org.institute.partners.NewAgreement;
import org.institute.partners.PartnerAction;
import org.institute.partners.PartnersAction;
import org.institute.partners.domain.Agreement;
import org.junit.jupiter.api.Test;

/** The partners module's policy, role by role. */
class PartnersPolicyTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);
  private static final PartnerId YUBEI = new PartnerId(3);

  private static PartnersPolicy as(Role... roles) {
    return new PartnersPolicy(TestCaller.with(roles));
  }

  private static PartnersPolicy staffOf(PartnerId partner) {
    return new PartnersPolicy(TestCaller.of(Set.of(Role.PARTNER_STAFF), Optional.of(partner)));
  }

  private static PartnersPolicy anonymous() {
    return new PartnersPolicy(TestCaller.anonymous());
  }

  private static Agreement agreement(boolean confidential, PartnerId... parties) {
    return new Agreement(
        new NewAgreement(
            "Cooperation",
            null,
            Set.of(parties),
            LocalDate.of(2020, 1, 1),
            null,
            null,
            confidential,
            null),
        Instant.EPOCH);
  }

  // ---- the menu ----

  @Test
  void adminMayDoEverythingInTheModule() {
    assertThat(as(Role.ADMIN).moduleActions())
        .containsExactlyInAnyOrder(
            PartnersAction.BROWSE_PARTNERS,
            PartnersAction.BROWSE_AGREEMENTS,
            PartnersAction.REGISTER_PARTNER,
            PartnersAction.RECORD_AGREEMENT,
            PartnersAction.READ_COUNCIL,
            PartnersAction.RECORD_COUNCIL);
  }

  @Test
  void councilAndAuditorsReadTheCouncilButRecordNothing() {
    for (Role role : new Role[] {Role.COUNCIL, Role.AUDITOR}) {
      assertThat(as(role).moduleActions())
          .containsExactlyInAnyOrder(
              PartnersAction.BROWSE_PARTNERS,
              PartnersAction.BROWSE_AGREEMENTS,
              PartnersAction.READ_COUNCIL);
    }
  }

  @Test
  void partnerStaffSeeTheirOwnPartnerButNotTheCouncil() {
    assertThat(staffOf(NTU).moduleActions())
        .containsExactlyInAnyOrder(
            PartnersAction.BROWSE_PARTNERS,
            PartnersAction.BROWSE_AGREEMENTS,
            PartnersAction.SEE_OWN_PARTNER);
  }

  @Test
  void coordinatorsOnlyBrowse() {
    assertThat(as(Role.COORDINATOR).moduleActions())
        .containsExactlyInAnyOrder(
            PartnersAction.BROWSE_PARTNERS, PartnersAction.BROWSE_AGREEMENTS);
  }

  @Test
  void licenseeStaffSeeNothingOfTheDirectoryAgreementsOrCouncil() {
    PartnersPolicy licensee =
        new PartnersPolicy(TestCaller.of(Set.of(Role.LICENSEE), Optional.of(YUBEI)));

    assertThat(licensee.moduleActions()).isEmpty();
    assertThatThrownBy(() -> licensee.requireSignedIn("reading the partner directory"))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void nobodySignedInMayDoNothing() {
    assertThat(anonymous().moduleActions()).isEmpty();
    assertThatThrownBy(() -> anonymous().requireSignedIn("reading"))
        .isInstanceOf(AccessRefusedException.class);
  }

  // ---- partner profiles ----

  @Test
  void adminEditsAndSeesStaffOfEveryPartner() {
    assertThat(as(Role.ADMIN).partnerActions(NTU))
        .containsExactlyInAnyOrder(PartnerAction.EDIT, PartnerAction.SEE_STAFF);
    assertThatCode(() -> as(Role.ADMIN).requireMayEditPartner()).doesNotThrowAnyException();
    assertThatCode(() -> as(Role.ADMIN).requireMayRegisterPartner()).doesNotThrowAnyException();
  }

  @Test
  void auditorSeesStaffButEditsNothing() {
    assertThat(as(Role.AUDITOR).partnerActions(NTU)).containsExactly(PartnerAction.SEE_STAFF);
    assertThatThrownBy(() -> as(Role.AUDITOR).requireMayEditPartner())
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void councilSeesNoPartnerStaff() {
    assertThat(as(Role.COUNCIL).partnerActions(NTU)).isEmpty();
  }

  @Test
  void partnerStaffSeeTheirOwnColleaguesOnly() {
    assertThat(staffOf(NTU).partnerActions(NTU)).containsExactly(PartnerAction.SEE_STAFF);
    assertThat(staffOf(NTU).partnerActions(SCUT)).isEmpty();
    assertThatThrownBy(() -> staffOf(NTU).requireMayEditPartner())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staffOf(NTU).requireMayRegisterPartner())
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void partnerStaffActForTheirPartnerOnlyAndAdminsForAll() {
    assertThat(staffOf(NTU).mayActFor(NTU)).isTrue();
    assertThat(staffOf(NTU).mayActFor(SCUT)).isFalse();
    assertThat(as(Role.ADMIN).mayActFor(SCUT)).isTrue();
    assertThatThrownBy(() -> as(Role.COUNCIL).requireActsForPartners())
        .isInstanceOf(AccessRefusedException.class);
    assertThatCode(() -> staffOf(NTU).requireActsForPartners()).doesNotThrowAnyException();
  }

  // ---- agreements ----

  @Test
  void everyoneSignedInSeesAnAgreementThatIsNotConfidential() {
    Agreement open = agreement(false, NTU, SCUT);
    assertThat(as(Role.COORDINATOR).maySee(open)).isTrue();
    assertThat(staffOf(YUBEI).maySee(open)).isTrue();
  }

  @Test
  void aConfidentialAgreementIsSeenByTheInstituteAndItsPartiesStaffOnly() {
    Agreement secret = agreement(true, NTU, SCUT);
    assertThat(as(Role.ADMIN).maySee(secret)).isTrue();
    assertThat(as(Role.COUNCIL).maySee(secret)).isTrue();
    assertThat(as(Role.AUDITOR).maySee(secret)).isTrue();
    assertThat(staffOf(SCUT).maySee(secret)).isTrue();
    assertThat(staffOf(YUBEI).maySee(secret)).isFalse();
    assertThat(as(Role.COORDINATOR).maySee(secret)).isFalse();
  }

  @Test
  void adminMayUploadAndTerminateARunningAgreement() {
    Agreement running = agreement(false, NTU, SCUT);
    assertThat(as(Role.ADMIN).agreementActions(running))
        .containsExactlyInAnyOrder(AgreementAction.UPLOAD_SIGNED_COPY, AgreementAction.TERMINATE);
    assertThatCode(() -> as(Role.ADMIN).requireMayRecordAgreement()).doesNotThrowAnyException();
  }

  @Test
  void aTerminatedAgreementIsNotOfferedForTerminationAgain() {
    Agreement ended = agreement(false, NTU, SCUT);
    ended.terminate(LocalDate.of(2021, 1, 1));
    assertThat(as(Role.ADMIN).agreementActions(ended))
        .containsExactly(AgreementAction.UPLOAD_SIGNED_COPY);
  }

  @Test
  void nobodyButAdminsChangesAgreements() {
    Agreement running = agreement(false, NTU, SCUT);
    for (PartnersPolicy policy :
        new PartnersPolicy[] {
          as(Role.COUNCIL), as(Role.AUDITOR), as(Role.COORDINATOR), staffOf(NTU)
        }) {
      assertThat(policy.agreementActions(running)).isEmpty();
      assertThatThrownBy(policy::requireMayRecordAgreement)
          .isInstanceOf(AccessRefusedException.class);
      for (AgreementAction action : AgreementAction.values()) {
        assertThatThrownBy(() -> policy.requireMayChangeAgreement(action))
            .isInstanceOf(AccessRefusedException.class);
      }
    }
  }

  // ---- the Governing Council ----

  @Test
  void adminRecordsEverythingInTheCouncilsRecords() {
    assertThat(as(Role.ADMIN).councilActions()).containsExactlyInAnyOrder(CouncilAction.values());
    assertThat(as(Role.ADMIN).meetingActions())
        .containsExactlyInAnyOrder(CouncilAction.RECORD_DECISION, CouncilAction.ATTACH_MINUTES);
    for (CouncilAction action : CouncilAction.values()) {
      assertThatCode(() -> as(Role.ADMIN).requireMayRecord(action)).doesNotThrowAnyException();
    }
  }

  @Test
  void councilAndAuditorsReadTheCouncilsRecordsAndRecordNothing() {
    for (Role role : new Role[] {Role.COUNCIL, Role.AUDITOR}) {
      PartnersPolicy policy = as(role);
      assertThatCode(policy::requireCouncilReader).doesNotThrowAnyException();
      assertThat(policy.councilActions()).isEmpty();
      assertThat(policy.meetingActions()).isEmpty();
      for (CouncilAction action : CouncilAction.values()) {
        assertThatThrownBy(() -> policy.requireMayRecord(action))
            .isInstanceOf(AccessRefusedException.class);
      }
    }
  }

  @Test
  void partnerStaffAndCoordinatorsDoNotReadTheCouncilsRecords() {
    assertThatThrownBy(() -> staffOf(NTU).requireCouncilReader())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> as(Role.COORDINATOR).requireCouncilReader())
        .isInstanceOf(AccessRefusedException.class);
  }
}
