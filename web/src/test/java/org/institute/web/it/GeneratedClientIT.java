package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.institute.client.ApiClient;
import org.institute.client.ApiException;
import org.institute.client.api.AuthApi;
import org.institute.client.api.CohortsApi;
import org.institute.client.api.LicenceDealsApi;
import org.institute.client.api.ParticipantsApi;
import org.institute.client.api.ProgrammesApi;
import org.institute.client.model.Approval;
import org.institute.client.model.CohortBody;
import org.institute.client.model.CohortView;
import org.institute.client.model.Credentials;
import org.institute.client.model.DealRowPage;
import org.institute.client.model.DealState;
import org.institute.client.model.DealTerms;
import org.institute.client.model.DealView;
import org.institute.client.model.EnrolBody;
import org.institute.client.model.EnrolmentResult;
import org.institute.client.model.EnrolmentState;
import org.institute.client.model.Exclusivity;
import org.institute.client.model.NewParticipant;
import org.institute.client.model.ParticipantView;
import org.institute.client.model.ProgrammeBody;
import org.institute.client.model.ProgrammeView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three journeys an integrator builds first, driven only through the Java client that the build
 * generates from the contract (decision 0099): partner staff draft and submit a deal, two admins
 * approve it (four eyes above the threshold), a coordinator enrols a participant. If the contract
 * and the server disagree on a path, a field or a type, this client cannot do its work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  /** A client of the deployment, signed in as the user through the contract's own sign-in. */
  private ApiClient signedIn(String username) throws ApiException {
    ApiClient anonymous = new ApiClient();
    anonymous.updateBaseUri(root());
    String token =
        new AuthApi(anonymous)
            .authToken(new Credentials().username(username).password(Deployments.DEMO_PASSWORD))
            .getAccessToken();
    ApiClient client = new ApiClient();
    client.updateBaseUri(root());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  private String root() {
    String text = base.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  @Test
  void partnerStaffDraftAndSubmitADealAndTwoAdminsApproveIt() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LicenceDealsApi staff = new LicenceDealsApi(signedIn("ntu.staff"));
    DealTerms terms =
        new DealTerms()
            .title("Client deal " + UUID.randomUUID())
            .licenseeId(LicensingApiIT.partner("HUAXIN"))
            .familyIds(List.of(LicensingApiIT.ntuFamily()))
            .fieldOfUse("Diagnostics")
            .territory("Mainland China")
            .exclusivity(Exclusivity.EXCLUSIVE)
            .termStart(today.minusMonths(1))
            .termEnd(today.plusYears(5))
            .currency("SGD")
            .upfrontFee(new BigDecimal("500000.01"))
            .royaltyPercent(new BigDecimal("3.5"))
            .annualMinimum(BigDecimal.ZERO)
            .milestones(List.of());

    DealView draft = staff.licenceDealCreate(null, terms);
    assertThat(draft.getState()).isEqualTo(DealState.DRAFT);
    DealView submitted = staff.licenceDealSubmit(draft.getId(), UUID.randomUUID().toString(), null);
    assertThat(submitted.getState()).isEqualTo(DealState.SUBMITTED);
    assertThat(submitted.getRequiredApprovals()).isEqualTo(2);

    LicenceDealsApi admin = new LicenceDealsApi(signedIn("admin"));
    DealView first = admin.licenceDealApprove(draft.getId(), null, new Approval().comment("Fine"));
    assertThat(first.getState()).isEqualTo(DealState.UNDER_REVIEW);
    assertThatThrownBy(() -> admin.licenceDealApprove(draft.getId(), null, new Approval()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(409);
              assertThat(e.getResponseBody()).contains("\"status\":409");
            });
    DealView approved =
        new LicenceDealsApi(signedIn("ip.office"))
            .licenceDealApprove(draft.getId(), null, new Approval());

    assertThat(approved.getState()).isEqualTo(DealState.APPROVED);
    assertThat(approved.getApprovedBy()).hasSize(2);
    DealRowPage page =
        staff.licenceDealList(
            "exact", null, null, 5, null, null, null, "updatedAt,desc", "APPROVED", null);
    assertThat(page.getItems()).isNotEmpty();
    assertThat(page.getTotal()).isPositive();
  }

  @Test
  void aCoordinatorEnrolsAParticipant() throws Exception {
    ApiClient coordinator = signedIn("coordinator");
    String run = Long.toString(System.nanoTime(), 36).toUpperCase();
    ProgrammeView programme =
        new ProgrammesApi(coordinator)
            .programmesRegister(
                new ProgrammeBody()
                    .code("CL-" + run)
                    .kind("CERTIFICATION_COURSE")
                    .titleEn("Client course")
                    .titleZh("客户端课程")
                    .owners(List.of(LicensingApiIT.partner("NTU")))
                    .eligibility("OPEN")
                    .minAttendancePercent(80)
                    .assessmentRequired(true));
    CohortView cohort =
        new CohortsApi(coordinator)
            .cohortsOpen(
                new CohortBody()
                    .programmeId(programme.getId())
                    .name("Client intake")
                    .startsOn("2027-03-01")
                    .endsOn("2027-06-30")
                    .applicationsOpen("2026-10-01")
                    .applicationsClose("2027-02-15")
                    .capacity(10)
                    .feeAmount("1500.00")
                    .feeCurrency("SGD")
                    .status("OPEN"));
    ParticipantView person =
        new ParticipantsApi(coordinator)
            .participantsRegister(
                new NewParticipant()
                    .nameLatin("Client Participant " + run)
                    .nameZh("客户")
                    .email("client." + run.toLowerCase() + "@example.com")
                    .organisation("Test organisation")
                    .nationality("SG"));

    EnrolmentResult enrolment =
        new CohortsApi(coordinator)
            .cohortsEnrol(
                cohort.getId(),
                UUID.randomUUID().toString(),
                new EnrolBody().participantId(person.getId()));

    assertThat(enrolment.getState()).isEqualTo(EnrolmentState.ENROLLED);
    assertThat(enrolment.getCohortId()).isEqualTo(cohort.getId());
    assertThat(enrolment.getParticipantId()).isEqualTo(person.getId());
  }
}
