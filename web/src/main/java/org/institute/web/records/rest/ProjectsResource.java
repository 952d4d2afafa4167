package org.institute.web.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.ArrayList;
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
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.ProjectPage;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.records.RecordTables;

@Path("projects")
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
public class ProjectsResource {

  @Inject private ResearchRecords records;
  @Inject private RecordTables tables;

  @GET
  @Operation(
      summary =
          "Research projects the caller may see, newest start first; filters centre, status, year",
      description =
          "Partner staff see the projects their partner is involved in; coordinators are refused."
              + " sort: startDate, endDate, titleEn, status; '-' in front for descending")
  @APIResponseSchema(
      value = org.institute.records.ProjectView.class,
      responseDescription = "A page of projects")
  public Response list(
      @QueryParam("centre") String centre,
      @QueryParam("status") String status,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50, 200);
    ProjectPage page =
        records.projects(query(centre, status, year, sort), paging.offset(), paging.limit());
    return paging.answer(page.projects(), page.total());
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary = "The same list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)",
      description =
          "Same filters, sort and scope as the JSON list; money in two columns, amount and currency.")
  public Table<ProjectView> export(
      @QueryParam("centre") String centre,
      @QueryParam("status") String status,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort) {
    return tables.projects(query(centre, status, year, sort));
  }

  private static ProjectQuery query(String centre, String status, String year, String sort) {
    return new ProjectQuery(
        QueryParams.id("centre", centre),
        QueryParams.enumValue("status", status, ProjectStatus.class),
        QueryParams.year("year", year),
        sort);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One research project with its principal investigators and linked patent families",
      description =
          "patentFamilies: [{id, reference, title}] from the IP licensing module's register")
  public ProjectView one(@PathParam("id") String id) {
    return records
        .project(QueryParams.pathId(id, "project"))
        .orElseThrow(() -> new RecordNotFoundException("project"));
  }

  /** A new project (read with JsonFields; described for the contract). */
  public record ProjectBody(
      @Schema(maxLength = 300) String titleEn,
      @Schema(maxLength = 300) String titleZh,
      @Schema(minimum = "1", description = "The centre's id") Long centre,
      List<Investigator> investigators,
      @Schema(description = "Partners' ids") List<Long> partners,
      java.time.LocalDate startDate,
      java.time.LocalDate endDate,
      @Schema(maxLength = 30, example = "1200000.00", description = "A decimal number as text")
          String budgetAmount,
      @Schema(maxLength = 3, example = "SGD") String budgetCurrency,
      ProjectStatus status,
      @Schema(maxLength = 20) String approvalReference) {}

  /** A patent family to link (read with JsonFields; described for the contract). */
  public record FamilyLink(@Schema(required = true, minimum = "1") Long familyId) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record a research project (admins)",
      description =
          "{titleEn, titleZh, centre, investigators: [{name, partner, orcid}], partners: [ids], startDate,"
              + " endDate, budgetAmount (decimal text), budgetCurrency (SGD|CNY), status,"
              + " approvalReference (e.g. GC-2020-02; required past PROPOSED)}")
  @APIResponseSchema(
      value = org.institute.records.ProjectView.class,
      responseCode = "201",
      responseDescription = "The project")
  public Response record(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = ProjectBody.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body =
        JsonFields.of(
            json,
            "titleEn",
            "titleZh",
            "centre",
            "investigators",
            "partners",
            "startDate",
            "endDate",
            "budgetAmount",
            "budgetCurrency",
            "status",
            "approvalReference");
    List<Investigator> investigators = new ArrayList<>();
    List<JsonFields> items = body.objects("investigators", 20, "name", "partner", "orcid");
    if (items != null) {
      for (JsonFields item : items) {
        Long partner = item.longValue("partner", 1, Long.MAX_VALUE);
        investigators.add(
            new Investigator(
                item.string("name", 200),
                partner == null ? null : new PartnerId(partner),
                item.string("orcid", 40)));
      }
    }
    List<Long> partners = body.longs("partners", 50);
    NewProject project =
        new NewProject(
            body.string("titleEn", 300),
            body.string("titleZh", 300),
            body.longValue("centre", 1, Long.MAX_VALUE),
            investigators,
            partners == null
                ? Set.of()
                : partners.stream().map(PartnerId::new).collect(Collectors.toSet()),
            body.date("startDate"),
            body.date("endDate"),
            body.string("budgetAmount", 30),
            body.string("budgetCurrency", 3),
            body.enumValue("status", ProjectStatus.class),
            body.string("approvalReference", 20));
    body.done();
    ProjectView created = records.recordProject(project);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("{id}/patent-families")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Link a patent family to the project as an output (admins)",
      description =
          "{familyId}: a family of /api/v1/patents. Unknown family: 400; already linked: 409."
              + " Answers the project with its patent families.")
  public ProjectView linkPatentFamily(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = FamilyLink.class)))
          JsonStructure json) {
    long project = QueryParams.pathId(id, "project");
    JsonFields body = JsonFields.of(json, "familyId");
    Long familyId = body.longValue("familyId", 1, Long.MAX_VALUE);
    body.done();
    return records.linkPatentFamily(project, familyId);
  }

  @DELETE
  @Path("{id}/patent-families/{familyId}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Unlink a patent family from the project (admins); 404 when it is not linked",
      description = "Answers the project with the patent families that remain.")
  public ProjectView unlinkPatentFamily(
      @PathParam("id") String id, @PathParam("familyId") String familyId) {
    return records.unlinkPatentFamily(
        QueryParams.pathId(id, "project"), QueryParams.pathId(familyId, "patent family link"));
  }
}
