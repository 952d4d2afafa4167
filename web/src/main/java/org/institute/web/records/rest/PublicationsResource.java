package org.institute.web.records.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.records.NewPublication;
import org.institute.records.PublicationPage;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.Paged;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.records.RecordTables;

@Path("publications")
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
public class PublicationsResource {

  @Inject private ResearchRecords records;
  @Inject private RecordTables tables;

  @GET
  @Operation(
      summary =
          "Publications of the projects the caller may see, newest first; filters project, year",
      description = "sort: year, title, journal; '-' in front for descending")
  public Paged<PublicationView> list(
      @QueryParam("project") String project,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    int first = QueryParams.offset(offset);
    int max = QueryParams.limit(limit, 50, 200);
    PublicationPage page = records.publications(query(project, year, sort), first, max);
    return new Paged<>(page.publications(), page.total(), first, max);
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary = "The same list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)")
  public Table<PublicationView> export(
      @QueryParam("project") String project,
      @QueryParam("year") String year,
      @QueryParam("sort") String sort) {
    return tables.publications(query(project, year, sort));
  }

  private static PublicationQuery query(String project, String year, String sort) {
    return new PublicationQuery(
        QueryParams.id("project", project), QueryParams.year("year", year), sort);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record a publication (admins): {title, journal, year, doi, authors, project}")
  public Response record(JsonStructure json) {
    JsonFields body = JsonFields.of(json, "title", "journal", "year", "doi", "authors", "project");
    Long year = body.longValue("year", 0, 9999);
    NewPublication publication =
        new NewPublication(
            body.string("title", 500),
            body.string("journal", 300),
            year == null ? null : year.intValue(),
            body.string("doi", 200),
            body.string("authors", 1000),
            body.longValue("project", 1, Long.MAX_VALUE));
    body.done();
    return Response.status(Response.Status.CREATED)
        .entity(records.recordPublication(publication))
        .build();
  }
}
