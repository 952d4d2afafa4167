package org.institute.web.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.records.CentreKind;
import org.institute.records.CentreStatus;
import org.institute.records.CentreView;
import org.institute.records.NewCentre;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.records.RecordTables;

@Path("centres")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COORDINATOR_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME
})
public class CentresResource {

  @Inject private ResearchRecords records;
  @Inject private RecordTables tables;

  @GET
  @Operation(summary = "R&D centres and joint research centres (every signed-in user)")
  public List<CentreView> list() {
    return records.centres();
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(summary = "The centres as CSV or XLSX (?format=csv|xlsx or the Accept header)")
  public Table<CentreView> export() {
    return tables.centres();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One research centre")
  public CentreView one(@PathParam("id") String id) {
    return records
        .centre(QueryParams.pathId(id, "centre"))
        .orElseThrow(() -> new RecordNotFoundException("centre"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Set up a centre (admins)")
  @APIResponseSchema(
      value = org.institute.records.CentreView.class,
      responseCode = "201",
      responseDescription = "The centre")
  public Response setUp(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = org.institute.records.NewCentre.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body =
        JsonFields.of(
            json,
            "code",
            "nameEn",
            "nameZh",
            "kind",
            "leadPartner",
            "partners",
            "status",
            "spaceSqm");
    Long lead = body.longValue("leadPartner", 1, Long.MAX_VALUE);
    List<Long> partners = body.longs("partners", 50);
    Long space = body.longValue("spaceSqm", 0, 1_000_000);
    NewCentre centre =
        new NewCentre(
            body.string("code", 16),
            body.string("nameEn", 300),
            body.string("nameZh", 300),
            body.enumValue("kind", CentreKind.class),
            lead == null ? null : new PartnerId(lead),
            partners == null
                ? Set.of()
                : partners.stream().map(PartnerId::new).collect(Collectors.toSet()),
            body.enumValue("status", CentreStatus.class),
            space == null ? null : space.intValue());
    body.done();
    CentreView created = records.setUpCentre(centre);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }
}
