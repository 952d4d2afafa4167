package org.institute.web.talent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.talent.CohortView;
import org.institute.talent.Eligibility;
import org.institute.talent.NewProgramme;
import org.institute.talent.Page;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.COORDINATOR_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME
})
public class ProgrammesResource {

  /** A programme to register; owners are partner ids. */
  public record ProgrammeBody(
      String code,
      String kind,
      String titleEn,
      String titleZh,
      String descriptionEn,
      String descriptionZh,
      List<Long> owners,
      String eligibility,
      Integer minAttendancePercent,
      Boolean assessmentRequired) {}

  @Inject private Programmes programmes;

  @GET
  @Operation(summary = "The programme catalogue; partner staff see their partner's programmes")
  @APIResponseSchema(
      value = org.institute.talent.ProgrammeView.class,
      responseDescription = "A page of programmes")
  public Response list(
      @QueryParam("kind") String kind,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50);
    Page<ProgrammeView> page =
        programmes.list(
            Params.enumValue("kind", kind, ProgrammeKind.class, false),
            QueryParams.sort(sort, Programmes.SORTS),
            paging.offset(),
            paging.limit());
    return paging.answer(page.items(), page.total(), () -> page);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One programme")
  public ProgrammeView one(@PathParam("id") long id) {
    return programmes.find(id).orElseThrow(NotFoundException::new);
  }

  @GET
  @Path("{id}/cohorts")
  @Operation(summary = "The programme's cohorts, newest first")
  @APIResponseSchema(
      value = org.institute.talent.CohortView.class,
      responseDescription = "A page of the programme's cohorts")
  public Response cohorts(
      @PathParam("id") long id,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, null, 50);
    programmes.find(id).orElseThrow(NotFoundException::new);
    Page<CohortView> page = programmes.cohorts(id, "startsOn", paging.offset(), paging.limit());
    return paging.answer(page.items(), page.total(), () -> page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
  @Operation(summary = "Register a programme (coordinators and admins)")
  @APIResponseSchema(
      value = org.institute.talent.ProgrammeView.class,
      responseCode = "201",
      responseDescription = "The programme")
  public Response register(ProgrammeBody body) {
    Params.requireBody(body);
    if (body.owners() != null && body.owners().stream().anyMatch(o -> o == null || o <= 0)) {
      throw InvalidCommandException.of("owners", "partner.unknown");
    }
    ProgrammeView created =
        programmes.register(
            new NewProgramme(
                body.code(),
                Params.enumValue("kind", body.kind(), ProgrammeKind.class, true),
                body.titleEn(),
                body.titleZh(),
                body.descriptionEn(),
                body.descriptionZh(),
                body.owners() == null
                    ? java.util.Set.of()
                    : body.owners().stream().map(PartnerId::new).collect(Collectors.toSet()),
                Params.enumValue("eligibility", body.eligibility(), Eligibility.class, false),
                body.minAttendancePercent(),
                body.assessmentRequired()));
    return Response.created(URI.create("programmes/" + created.id())).entity(created).build();
  }
}
