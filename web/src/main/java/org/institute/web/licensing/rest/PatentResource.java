package org.institute.web.licensing.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.ApplicationView;
import org.institute.licensing.Deadline;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.FamilyView;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.Patents;
import org.institute.licensing.Share;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

/** Patent families with their co-owners, applications and deadlines. */
@Path("patents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class PatentResource {

  public record OwnershipChange(LocalDate effectiveFrom, List<Share> owners) {}

  @Inject private Patents patents;
  @Inject private LicensingTables tables;
  @Inject private org.institute.licensing.LicensingCalendar calendar;
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary =
          "Patent families in the caller's scope with owners, applications and open deadlines",
      description =
          "q: text in a family's reference or title or an application's or grant's number;"
              + " sort: reference, title or priorityDate, then ,asc or ,desc (e.g. title,desc;"
              + " '-title' also means descending); reference by default. An unknown sort field"
              + " is refused (400) naming 'sort'. Answers the list envelope {items, next}: send"
              + " 'next' back as ?cursor=; ?count=exact adds 'total'; ?offset= (deprecated) answers"
              + " the old {families, total, offset, limit} with a Deprecation header.")
  @APIResponseSchema(
      value = org.institute.licensing.FamilyRow.class,
      responseDescription = "A page of patent families")
  public Response list(
      @QueryParam("q") String text,
      @QueryParam("partner") String partner,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    Long owner = QueryParams.id("partner", partner);
    if (ListPages.byOffset(offset, cursor)) {
      return ListPages.deprecated(
          patents.search(
              owner,
              text,
              sort,
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, ListPages.MAX_LIMIT)));
    }
    return ListPages.answer(
        patents.slice(owner, text, sort, ListPages.request(cursor, limit, count)));
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary =
          "The same family list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)")
  public Table<FamilyRow> export(
      @QueryParam("q") String text,
      @QueryParam("partner") String partner,
      @QueryParam("sort") String sort) {
    return tables.patentFamilies(QueryParams.id("partner", partner), text, sort);
  }

  @GET
  @Path("deadlines")
  @Operation(summary = "PCT (12 months) and national phase (30 months) deadlines between two dates")
  public List<Deadline> deadlines(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate f = QueryParams.date("from", from);
    LocalDate t = QueryParams.date("to", to);
    if (f == null) {
      throw InvalidCommandException.of("from", "field.required");
    }
    return patents.deadlines(f, t == null ? f.plusMonths(3) : t);
  }

  @POST
  @Path("deadlines/reminders")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Run the deadline reminders now (admins); 'today' defaults to the server's date")
  public ReminderRun remind(@QueryParam("today") String today) {
    LocalDate day = QueryParams.date("today", today);
    return new ReminderRun(
        calendar.remindDeadlines(day == null ? LocalDate.now(java.time.ZoneOffset.UTC) : day));
  }

  public record ReminderRun(int sent) {}

  @GET
  @Path("{id}")
  @Operation(summary = "A family with its ownership history and applications")
  public FamilyView get(@PathParam("id") long id) {
    return patents.find(id).orElseThrow(() -> new RecordNotFoundException("family " + id));
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a family with its co-owners (shares summing to exactly 100)")
  @APIResponseSchema(
      value = org.institute.licensing.FamilyView.class,
      responseCode = "201",
      responseDescription = "The patent family")
  public Response register(NewPatentFamily family) {
    FamilyView view = patents.register(family);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  @PUT
  @Path("{id}/ownership")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the co-owners from a date on (admins)")
  public FamilyView changeOwnership(@PathParam("id") long id, OwnershipChange change) {
    if (change == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    return patents.changeOwnership(id, change.effectiveFrom(), change.owners());
  }

  @PUT
  @Path("{id}/sharing")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Name the family's inventors (name, partnerId of an owner, contribution summing to 100,"
              + " orcid) and whether its income repays its costs first (costRecovery RECOVER_FIRST"
              + " or NONE): admins; used by the distribution of payments from then on")
  public FamilyView changeSharing(
      @PathParam("id") long id, org.institute.licensing.FamilySharing sharing) {
    return patents.changeSharing(id, sharing);
  }

  @POST
  @Path("{id}/applications")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an application in a jurisdiction")
  @APIResponseSchema(
      value = org.institute.licensing.ApplicationView.class,
      responseCode = "201",
      responseDescription = "The application")
  public Response file(@PathParam("id") long id, NewApplication application) {
    ApplicationView view = patents.file(id, application);
    return Response.status(201).entity(view).build();
  }
}
