package org.institute.web.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.records.NewSpinOff;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffPage;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffStatus;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.records.RecordTables;

@Path("spin-offs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class SpinOffsResource {

  private static final String[] FIELDS = {
    "nameEn", "nameZh", "founders", "originPartner", "patentFamilies", "foundedOn", "status"
  };

  @Inject private SpinOffs spinOffs;
  @Inject private RecordTables tables;

  @GET
  @Operation(
      summary =
          "Spin-off companies the caller may see, newest founding first; filters status, partner",
      description =
          "Partner staff see the spin-offs of their own partner. sort: foundedOn, nameEn, status;"
              + " '-' in front for descending")
  @APIResponseSchema(
      value = org.institute.records.SpinOffView.class,
      responseDescription = "A page of spin-offs")
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("partner") String partner,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50, 200);
    SpinOffPage page =
        spinOffs.spinOffs(query(status, partner, sort), paging.offset(), paging.limit());
    return paging.answer(page.spinOffs(), page.total());
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary = "The same list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)",
      description =
          "Same filters, sort and scope as the JSON list; partners by code, patents by reference.")
  public Table<SpinOffView> export(
      @QueryParam("status") String status,
      @QueryParam("partner") String partner,
      @QueryParam("sort") String sort) {
    return tables.spinOffs(query(status, partner, sort));
  }

  private static SpinOffQuery query(String status, String partner, String sort) {
    Long origin = QueryParams.id("partner", partner);
    return new SpinOffQuery(
        QueryParams.enumValue("status", status, SpinOffStatus.class),
        origin == null ? null : new PartnerId(origin),
        sort);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One spin-off with its founders and licensed patent families")
  public SpinOffView one(@PathParam("id") String id) {
    return spinOffs
        .spinOff(QueryParams.pathId(id, "spin-off"))
        .orElseThrow(() -> new RecordNotFoundException("spin-off"));
  }

  /** A new spin-off (read with JsonFields; described for the contract). */
  public record SpinOffBody(
      @Schema(maxLength = 300) String nameEn,
      @Schema(maxLength = 300) String nameZh,
      @Schema(description = "Founders' names") List<String> founders,
      @Schema(minimum = "1", description = "The partner it came from") Long originPartner,
      @Schema(description = "Patent families' ids") Set<Long> patentFamilies,
      java.time.LocalDate foundedOn,
      SpinOffStatus status) {}

  /** Changes to a spin-off (read with JsonFields; described for the contract). */
  public record SpinOffChange(
      @Schema(required = true, minimum = "0") Long version,
      @Schema(maxLength = 300) String nameEn,
      @Schema(maxLength = 300) String nameZh,
      List<String> founders,
      @Schema(minimum = "1") Long originPartner,
      Set<Long> patentFamilies,
      java.time.LocalDate foundedOn,
      SpinOffStatus status) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record a spin-off (admins)",
      description =
          "{nameEn, nameZh, founders: [names], originPartner (partner id), patentFamilies: [patent"
              + " family ids], foundedOn (yyyy-mm-dd), status (INCUBATING|OPERATING|ACQUIRED|CLOSED)}")
  @APIResponseSchema(
      value = org.institute.records.SpinOffView.class,
      responseCode = "201",
      responseDescription = "The spin-off")
  public Response record(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = SpinOffBody.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body = JsonFields.of(json, FIELDS);
    Long origin = body.longValue("originPartner", 1, Long.MAX_VALUE);
    NewSpinOff spinOff =
        new NewSpinOff(
            body.string("nameEn", 300),
            body.string("nameZh", 300),
            founders(body),
            origin == null ? null : new PartnerId(origin),
            families(body),
            body.date("foundedOn"),
            body.enumValue("status", SpinOffStatus.class));
    body.done();
    SpinOffView created = spinOffs.record(spinOff);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Change a spin-off (admins); 'version' must be the one read, else 409",
      description =
          "Any of the fields of POST; absent fields stay. founders and patentFamilies replace the lists.")
  public SpinOffView change(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = SpinOffChange.class)),
                @Content(
                    mediaType = "application/merge-patch+json",
                    schema = @Schema(implementation = SpinOffChange.class))
              })
          JsonStructure json) {
    long spinOff = QueryParams.pathId(id, "spin-off");
    String[] editable = java.util.Arrays.copyOf(FIELDS, FIELDS.length + 1);
    editable[FIELDS.length] = "version";
    JsonFields body = JsonFields.of(json, editable);
    Long origin = body.longValue("originPartner", 1, Long.MAX_VALUE);
    SpinOffChanges changes =
        new SpinOffChanges(
            body.longValue("version", 0, Long.MAX_VALUE),
            body.string("nameEn", 300),
            body.string("nameZh", 300),
            founders(body),
            origin == null ? null : new PartnerId(origin),
            families(body),
            body.date("foundedOn"),
            body.enumValue("status", SpinOffStatus.class));
    body.required("version");
    body.done();
    return spinOffs.change(spinOff, changes);
  }

  /** Founders are a JSON array of names; JsonFields reads arrays of numbers or objects only. */
  private static List<String> founders(JsonFields body) {
    return body.strings("founders", 20, 200);
  }

  private static Set<Long> families(JsonFields body) {
    List<Long> ids = body.longs("patentFamilies", 50);
    return ids == null ? null : Set.copyOf(ids);
  }
}
