package org.institute.web.talent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.talent.AttendanceSheet;
import org.institute.talent.BulkEnrolment;
import org.institute.talent.CertificateView;
import org.institute.talent.CohortDetail;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.DeliveryMode;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.Enrolments;
import org.institute.talent.ImportReport;
import org.institute.talent.NewCohort;
import org.institute.talent.NewSession;
import org.institute.talent.Page;
import org.institute.talent.Programmes;
import org.institute.talent.Roster;
import org.institute.talent.RosterEntry;
import org.institute.talent.SessionView;
import org.institute.talent.Withdrawal;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.talent.TalentTables;

@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class CohortsResource {

  public record CohortBody(
      Long programmeId,
      String name,
      String nameZh,
      String startsOn,
      String endsOn,
      String applicationsOpen,
      String applicationsClose,
      Integer capacity,
      String feeAmount,
      String feeCurrency,
      String status) {}

  public record StatusBody(String status) {}

  /** A session's local start (2026-03-02T09:00) in its zone (Asia/Singapore). */
  public record SessionBody(
      String startsAt,
      String zoneId,
      Integer durationMinutes,
      String topic,
      String topicZh,
      String deliveryMode,
      String venue,
      String trainer) {}

  public record EnrolBody(Long participantId) {}

  public record AttendanceBody(List<Long> absent) {}

  public record AssessmentBody(Boolean passed) {}

  /** Why a participant completes before the course is over; not needed after it. */
  public record CompletionBody(String reason) {}

  @Inject private Programmes programmes;
  @Inject private Enrolments enrolments;
  @Inject private BulkEnrolment bulk;
  @Inject private TalentTables tables;

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.COORDINATOR_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME
  })
  @Operation(summary = "Cohorts in the caller's scope, optionally of one programme")
  @APIResponseSchema(
      value = org.institute.talent.CohortView.class,
      responseDescription = "A page of cohorts")
  public Response list(
      @QueryParam("programmeId") String programmeId,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Long programme = QueryParams.id("programmeId", programmeId);
    String order = QueryParams.sort(sort, Programmes.COHORT_SORTS);
    if (ListPages.byOffset(offset, cursor)) {
      Page<CohortView> page =
          programmes.cohorts(
              programme,
              order,
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, ListPages.MAX_LIMIT));
      return ListPages.deprecated(page);
    }
    return ListPages.answer(
        programmes.cohorts(programme, order, ListPages.request(cursor, limit, count)));
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.COORDINATOR_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME
  })
  @Operation(
      summary =
          "The same cohort list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)")
  public Table<CohortView> export(
      @QueryParam("programmeId") String programmeId, @QueryParam("sort") String sort) {
    String checkedSort = QueryParams.sort(sort, Programmes.COHORT_SORTS);
    return tables.cohorts(QueryParams.id("programmeId", programmeId), checkedSort);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.COORDINATOR_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME
  })
  @Operation(summary = "A cohort with its sessions")
  public CohortDetail one(@PathParam("id") long id) {
    return programmes.cohort(id).orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a cohort (intake) of a programme")
  @APIResponseSchema(
      value = org.institute.talent.CohortView.class,
      responseCode = "201",
      responseDescription = "The cohort")
  public Response open(CohortBody body) {
    Params.requireBody(body);
    if (body.programmeId() == null) {
      throw InvalidCommandException.of("programmeId", "programme.unknown");
    }
    CohortView created =
        programmes.openCohort(
            new NewCohort(
                body.programmeId(),
                body.name(),
                body.nameZh(),
                Params.date("startsOn", body.startsOn()),
                Params.date("endsOn", body.endsOn()),
                Params.date("applicationsOpen", body.applicationsOpen()),
                Params.date("applicationsClose", body.applicationsClose()),
                body.capacity(),
                Params.fee(body.feeAmount(), body.feeCurrency()),
                Params.enumValue("status", body.status(), CohortStatus.class, false)));
    return Response.created(URI.create("cohorts/" + created.id())).entity(created).build();
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a cohort's status (planned, open, running, completed, cancelled)")
  public CohortView status(@PathParam("id") long id, StatusBody body) {
    Params.requireBody(body);
    return programmes.changeStatus(
        id, Params.enumValue("status", body.status(), CohortStatus.class, true));
  }

  @POST
  @Path("{id}/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Schedule a session, its start given in the zone where it takes place")
  @APIResponseSchema(
      value = org.institute.talent.SessionView.class,
      responseCode = "201",
      responseDescription = "The session")
  public Response schedule(@PathParam("id") long id, SessionBody body) {
    Params.requireBody(body);
    SessionView created =
        programmes.schedule(
            id,
            new NewSession(
                Params.dateTime("startsAt", body.startsAt()),
                body.zoneId(),
                body.durationMinutes(),
                body.topic(),
                body.topicZh(),
                Params.enumValue("deliveryMode", body.deliveryMode(), DeliveryMode.class, true),
                body.venue(),
                body.trainer()));
    return Response.status(201).entity(created).build();
  }

  @GET
  @Path("{id}/enrolments")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.COORDINATOR_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME
  })
  @Operation(summary = "The roster: seated participants, the waitlist in order, withdrawals")
  public Roster roster(@PathParam("id") long id) {
    return enrolments.roster(id);
  }

  @GET
  @Path("{id}/enrolments")
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.COORDINATOR_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME
  })
  @Operation(
      summary =
          "The same roster as CSV or XLSX: seated, then the waitlist, then withdrawals (?format=csv|xlsx)")
  public Table<RosterEntry> rosterExport(@PathParam("id") long id) {
    return tables.roster(id);
  }

  @POST
  @Idempotent
  @Path("{id}/enrolments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enrol a participant: 201 with state ENROLLED, or WAITLISTED and the position")
  @APIResponseSchema(
      value = org.institute.talent.EnrolmentResult.class,
      responseCode = "201",
      responseDescription = "The enrolment: confirmed or waitlisted")
  public Response enrol(@PathParam("id") long id, EnrolBody body) {
    Params.requireBody(body);
    if (body.participantId() == null) {
      throw InvalidCommandException.of("participantId", "participant.unknown");
    }
    EnrolmentResult result = enrolments.enrol(id, body.participantId());
    return Response.created(URI.create("cohorts/" + id + "/enrolments/" + result.enrolmentId()))
        .entity(result)
        .build();
  }

  @DELETE
  @Path("{id}/enrolments/{enrolmentId}")
  @Operation(
      summary = "Withdraw an enrolment; the first waitlisted takes a freed seat and is e-mailed")
  public Withdrawal withdraw(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId) {
    return enrolments.withdraw(id, enrolmentId);
  }

  @POST
  @Idempotent
  @Path("{id}/enrolments/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary =
          "Bulk enrolment from a UTF-8 CSV: a per-row report; with confirm=true, enrols the"
              + " acceptable rows all or nothing")
  public ImportReport importCsv(
      @PathParam("id") long id, @QueryParam("confirm") String confirm, byte[] csv) {
    return Boolean.TRUE.equals(QueryParams.bool("confirm", confirm))
        ? bulk.confirm(id, csv, done -> {})
        : bulk.preview(id, csv);
  }

  @GET
  @Path("import-template")
  @Produces("text/csv")
  @Operation(summary = "The CSV template for bulk enrolment")
  @APIResponse(
      responseCode = "200",
      description = "The CSV template of a bulk enrolment",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response template() {
    return Response.ok(bulk.template(), "text/csv;charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"enrolment-template.csv\"")
        .build();
  }

  @GET
  @Path("{id}/sessions/{sessionId}/attendance")
  @Operation(summary = "The attendance sheet of a session")
  public AttendanceSheet attendance(
      @PathParam("id") long id, @PathParam("sessionId") long sessionId) {
    return enrolments.attendance(id, sessionId);
  }

  @PUT
  @Path("{id}/sessions/{sessionId}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark everyone present except the listed enrolments")
  public AttendanceSheet recordAttendance(
      @PathParam("id") long id, @PathParam("sessionId") long sessionId, AttendanceBody body) {
    Params.requireBody(body);
    Set<Long> absent =
        body.absent() == null
            ? Set.of()
            : Set.copyOf(body.absent().stream().filter(java.util.Objects::nonNull).toList());
    return enrolments.recordAttendance(id, sessionId, absent);
  }

  @PUT
  @Path("{id}/enrolments/{enrolmentId}/assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the assessment result")
  public EnrolmentResult assessment(
      @PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId, AssessmentBody body) {
    Params.requireBody(body);
    if (body.passed() == null) {
      throw InvalidCommandException.of("passed", "field.required");
    }
    return enrolments.recordAssessment(id, enrolmentId, body.passed());
  }

  @POST
  @Idempotent
  @Path("{id}/enrolments/{enrolmentId}/completion")
  @Operation(
      summary = "Confirm completion (409 if the rule is not met) and issue the certificate",
      description =
          "Before the cohort's last session has ended, the body must give a reason"
              + " ({\"reason\": \"...\"}, recorded in the audit trail); without one the answer"
              + " is a problem naming the field reason. After the course the body may be empty.")
  @APIResponseSchema(
      value = org.institute.talent.CertificateView.class,
      responseCode = "201",
      responseDescription = "The certificate")
  public Response complete(
      @PathParam("id") long id,
      @PathParam("enrolmentId") long enrolmentId,
      @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
              description = "A reason, required before the cohort's last session has ended",
              content =
                  @org.eclipse.microprofile.openapi.annotations.media.Content(
                      mediaType = "application/json",
                      schema =
                          @org.eclipse.microprofile.openapi.annotations.media.Schema(
                              implementation = CompletionBody.class)))
          byte[] raw) {
    CompletionBody body = Params.optionalBody(raw, CompletionBody.class);
    CertificateView certificate =
        enrolments.complete(id, enrolmentId, body == null ? null : body.reason());
    return Response.created(URI.create("certificates/" + certificate.code()))
        .entity(certificate)
        .build();
  }

  @POST
  @Path("{id}/enrolments/{enrolmentId}/failure")
  @Operation(summary = "Record that the participant did not complete")
  public EnrolmentResult fail(
      @PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId) {
    return enrolments.fail(id, enrolmentId);
  }
}
