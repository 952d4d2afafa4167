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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.records.AllocationView;
import org.institute.records.HeadquartersSpace;
import org.institute.records.NewAllocation;
import org.institute.records.NewSpaceUnit;
import org.institute.records.OccupantKind;
import org.institute.records.SpaceSummary;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpaceUse;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.records.RecordTables;

@Path("space")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class SpaceResource {

  @Inject private HeadquartersSpace space;
  @Inject private Clock clock;
  @Inject private RecordTables tables;

  @GET
  @Operation(
      summary =
          "The headquarters on a date (default today): building area, units, allocated and free per use")
  public SpaceSummary summary(@QueryParam("at") String at) {
    LocalDate date = QueryParams.date("at", at);
    return space.summary(date == null ? LocalDate.now(clock) : date);
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary =
          "The units on a date (default today) as CSV or XLSX (?format=csv|xlsx or the Accept header)",
      description =
          "code, name, use, areaSqm, and allocatedSqm and freeSqm on the date; per use they sum to the"
              + " JSON's figures")
  public Table<org.institute.records.UnitOccupancy> export(@QueryParam("at") String at) {
    LocalDate date = QueryParams.date("at", at);
    return tables.space(date == null ? LocalDate.now(clock) : date);
  }

  @GET
  @Path("units")
  @Operation(summary = "The units of the headquarters by code")
  public List<SpaceUnitView> units() {
    return space.units();
  }

  @POST
  @Path("units")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Add a unit (admins); refused when the units would exceed the building's area",
      description =
          "{code (e.g. B2-301), name, areaSqm, use (RD_FACILITY|ADMINISTRATION|SPIN_OFF|SHARED)}")
  @APIResponseSchema(
      value = org.institute.records.SpaceUnitView.class,
      responseCode = "201",
      responseDescription = "The unit")
  public Response addUnit(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = org.institute.records.NewSpaceUnit.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body = JsonFields.of(json, "code", "name", "areaSqm", "use");
    Long area = body.longValue("areaSqm", 1, 1_000_000);
    NewSpaceUnit unit =
        new NewSpaceUnit(
            body.string("code", 16),
            body.string("name", 200),
            area == null ? null : area.intValue(),
            body.enumValue("use", SpaceUse.class));
    body.done();
    SpaceUnitView created = space.addUnit(unit);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("allocations")
  @Operation(summary = "Allocations of every period, latest start first; filter by unit")
  public List<AllocationView> allocations(@QueryParam("unit") String unit) {
    return space.allocations(QueryParams.id("unit", unit));
  }

  /** A new allocation (read with JsonFields; described for the contract). */
  public record AllocationBody(
      @Schema(minimum = "1", description = "The unit's id") Long unit,
      OccupantKind occupantKind,
      @Schema(minimum = "1", description = "The occupant's id (centre, spin-off or partner)")
          Long occupant,
      LocalDate from,
      LocalDate to,
      @Schema(maxLength = 500) String note) {}

  /** The end of an allocation (read with JsonFields; described for the contract). */
  public record AllocationEnd(
      @Schema(required = true) LocalDate lastDay,
      @Schema(required = true, minimum = "0") Long version) {}

  @POST
  @Path("allocations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Allocate a unit (admins); 409 when it overlaps another allocation of the unit",
      description =
          "{unit (id), occupantKind (CENTRE|SPIN_OFF|PARTNER), occupant (id), from, to (optional,"
              + " inclusive), note}")
  @APIResponseSchema(
      value = org.institute.records.AllocationView.class,
      responseCode = "201",
      responseDescription = "The allocation")
  public Response allocate(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = AllocationBody.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body = JsonFields.of(json, "unit", "occupantKind", "occupant", "from", "to", "note");
    NewAllocation allocation =
        new NewAllocation(
            body.longValue("unit", 1, Long.MAX_VALUE),
            body.enumValue("occupantKind", OccupantKind.class),
            body.longValue("occupant", 1, Long.MAX_VALUE),
            body.date("from"),
            body.date("to"),
            body.string("note", 500));
    body.done();
    AllocationView created = space.allocate(allocation);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("allocations/{id}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "End an allocation on its last day (admins); 'version' must be the one read",
      description = "{lastDay, version}: not before it began, never later than it was to end")
  public AllocationView end(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = AllocationEnd.class)))
          JsonStructure json) {
    long allocation = QueryParams.pathId(id, "allocation");
    JsonFields body = JsonFields.of(json, "lastDay", "version");
    LocalDate lastDay = body.date("lastDay");
    Long version = body.longValue("version", 0, Long.MAX_VALUE);
    body.required("lastDay", "version");
    body.done();
    return space.endAllocation(allocation, lastDay, version);
  }
}
