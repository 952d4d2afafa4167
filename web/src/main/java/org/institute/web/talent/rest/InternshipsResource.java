package org.institute.web.talent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipBoard;
import org.institute.talent.InternshipField;
import org.institute.talent.Internships;
import org.institute.talent.NewPosition;
import org.institute.talent.PlacementStatus;
import org.institute.talent.PlacementView;
import org.institute.talent.PositionView;

@Path("internships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class InternshipsResource {

  public record PositionBody(
      Long cohortId,
      Long hostPartnerId,
      String title,
      String field,
      String startsOn,
      String endsOn,
      Integer places) {}

  public record ApplicationBody(Long participantId) {}

  public record StatusBody(String status) {}

  public record EvaluationBody(String kind, Integer rating, String comment) {}

  public record TargetBody(Integer target) {}

  @Inject private Internships internships;

  @GET
  @Path("intakes/{cohortId}")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.COORDINATOR_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME
  })
  @Operation(summary = "An intake's internship board: positions, placements, placed against target")
  public InternshipBoard board(@PathParam("cohortId") long cohortId) {
    return internships.board(cohortId);
  }

  @PUT
  @Path("intakes/{cohortId}/target")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set how many placements the intake aims for")
  public InternshipBoard target(@PathParam("cohortId") long cohortId, TargetBody body) {
    Params.requireBody(body);
    return internships.setTarget(cohortId, body.target());
  }

  @POST
  @Path("positions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a position at a host company (a partner with the INTERNSHIP_HOST role)")
  @APIResponseSchema(
      value = org.institute.talent.PositionView.class,
      responseCode = "201",
      responseDescription = "The position")
  public Response open(PositionBody body) {
    Params.requireBody(body);
    if (body.cohortId() == null) {
      throw InvalidCommandException.of("cohortId", "programme.unknown");
    }
    if (body.hostPartnerId() == null) {
      throw InvalidCommandException.of("hostPartnerId", "position.host.invalid");
    }
    PositionView created =
        internships.openPosition(
            new NewPosition(
                body.cohortId(),
                body.hostPartnerId(),
                body.title(),
                Params.enumValue("field", body.field(), InternshipField.class, true),
                Params.date("startsOn", body.startsOn()),
                Params.date("endsOn", body.endsOn()),
                body.places()));
    return Response.status(201).entity(created).build();
  }

  @POST
  @Path("positions/{positionId}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an NTU student's application for a position")
  @APIResponseSchema(
      value = org.institute.talent.PlacementView.class,
      responseCode = "201",
      responseDescription = "The application")
  public Response apply(@PathParam("positionId") long positionId, ApplicationBody body) {
    Params.requireBody(body);
    if (body.participantId() == null) {
      throw InvalidCommandException.of("participantId", "participant.unknown");
    }
    return Response.status(201).entity(internships.apply(positionId, body.participantId())).build();
  }

  @POST
  @Path("placements/{placementId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move a placement: SHORTLISTED, OFFERED, ACCEPTED, COMPLETED or WITHDRAWN")
  public PlacementView status(@PathParam("placementId") long placementId, StatusBody body) {
    Params.requireBody(body);
    return internships.changeStatus(
        placementId, Params.enumValue("status", body.status(), PlacementStatus.class, true));
  }

  @POST
  @Path("placements/{placementId}/evaluations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.PARTNER_STAFF_NAME})
  @Operation(
      summary = "The host's MID_TERM or FINAL evaluation (rating 1-5); host staff or coordinators")
  public PlacementView evaluate(@PathParam("placementId") long placementId, EvaluationBody body) {
    Params.requireBody(body);
    return internships.evaluate(
        placementId,
        Params.enumValue("kind", body.kind(), EvaluationKind.class, true),
        body.rating(),
        body.comment());
  }
}
